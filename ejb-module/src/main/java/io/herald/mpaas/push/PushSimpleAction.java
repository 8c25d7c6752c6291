package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.schedule.PushSchedule;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.TargetedPushRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import java.util.Map;

/** PushSimple: one title and content to at most 10 users or devices; {@code PushResult.Data} is the task id. */
@ApplicationScoped
public class PushSimpleAction extends MpsPushAction {

    public PushSimpleAction() {
        super("PushSimple");
    }

    @Override
    protected PreparedPush prepare(App app, PopRequest request) {
        MpsPushFields fields = MpsPushFields.read(request);
        Map<String, String> targets = MpsPushFields.targetMsgkey(request);
        String title = request.get("Title").orElseThrow(MpsError.PAYLOAD_NOT_ENOUGH::exception);
        String content = request.get("Content").orElseThrow(MpsError.PAYLOAD_NOT_ENOUGH::exception);
        MpsPushFields.Content payload = checked(app, fields, fields.content(title, content, request.get("Uri").orElse(null), JsonValue.EMPTY_JSON_OBJECT));
        return targeted(app, new TargetedPushRequest(PushKind.SIMPLE, fields.taskName(), null, fields.addressing(),
                MpsPushFields.receiving(targets, payload), fields.lifetime(), fields.gatewayOnly(), fields.audience(targets)),
                new PushSchedule.Summary(PushKind.SIMPLE, deliveryType(request), title, content));
    }
}
