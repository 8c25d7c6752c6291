package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.TargetedPush;
import io.herald.push.TargetedPushRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/** PushSimple: one title and content to at most 10 users or devices; {@code PushResult.Data} is the task id. */
@ApplicationScoped
public class PushSimpleAction extends MpsAction {

    @Inject
    TargetedPush pushes;

    public PushSimpleAction() {
        super("PushSimple", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        MpsPushFields fields = MpsPushFields.read(request);
        Map<String, String> targets = MpsPushFields.targetMsgkey(request);
        String title = request.get("Title").orElseThrow(MpsError.PAYLOAD_NOT_ENOUGH::exception);
        String content = request.get("Content").orElseThrow(MpsError.PAYLOAD_NOT_ENOUGH::exception);
        String payload = fields.payload(title, content, request.get("Uri").orElse(null), JsonValue.EMPTY_JSON_OBJECT);
        return MpsAnswers.pushResult(pushes.push(app, new TargetedPushRequest(PushKind.SIMPLE, fields.taskName(), null, fields.addressing(),
                MpsPushFields.receiving(targets, payload), fields.lifetime(), fields.gatewayOnly(), fields.audience(targets))));
    }
}
