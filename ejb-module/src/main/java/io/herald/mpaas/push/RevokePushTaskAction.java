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

/** RevokePushTask: every message of a batch or broadcast task, within 7 days. */
@ApplicationScoped
public class RevokePushTaskAction extends MpsAction {

    @Inject
    PushRevocation revocation;

    public RevokePushTaskAction() {
        super("RevokePushTask", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String taskId = request.get("TaskId").orElseThrow(() -> MpsError.INVALID_PARAM.exception("TaskId is required"));
        return RevocationAnswers.of(revocation.revokeTask(app, taskId, Set.of(PushKind.MULTIPLE, PushKind.BROADCAST)));
    }
}
