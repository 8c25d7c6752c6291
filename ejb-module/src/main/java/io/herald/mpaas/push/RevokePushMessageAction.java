package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.PushRevocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Set;

/** RevokePushMessage: the message a simple or template push sent TargetId under MessageId (its TargetMsgkey), within 7 days. */
@ApplicationScoped
public class RevokePushMessageAction extends MpsAction {

    @Inject
    PushRevocation revocation;

    public RevokePushMessageAction() {
        super("RevokePushMessage", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String messageId = request.get("MessageId").orElseThrow(() -> MpsError.INVALID_PARAM.exception("MessageId is required"));
        String targetId = request.get("TargetId").orElseThrow(MpsError.TOKEN_OR_USERID_NULL::exception);
        return RevocationAnswers.of(revocation.revokeMessage(app, messageId, targetId, Set.of(PushKind.SIMPLE, PushKind.TEMPLATE)));
    }
}
