package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.domain.template.TemplateRepository;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.PushTarget;
import io.herald.push.TargetedPushRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PushMultiple: one template personalised per target, {@code TargetMsg.N.Target}, {@code .MsgKey},
 * {@code .TemplateKeyValue} and {@code .ExtendedParams} (fewer than 10, else 3049) for N = 1..100
 * (3055 beyond). {@code PushResult.Data} is the task id, which RevokePushTask takes.
 */
@ApplicationScoped
public class PushMultipleAction extends MpsPushAction {

    static final int MAX_TARGETS = 100;
    static final int MAX_TARGET_EXTENDED_PARAMS = 9;

    @Inject
    TemplateRepository templates;

    public PushMultipleAction() {
        super("PushMultiple");
    }

    @Override
    protected PreparedPush prepare(App app, PopRequest request) {
        MpsPushFields fields = MpsPushFields.read(request);
        MessageTemplate template = TemplateFill.named(templates, app, request);
        int count = targetCount(request);
        List<PushTarget> targets = new ArrayList<>(count);
        Map<String, String> audience = new LinkedHashMap<>();
        for (int n = 1; n <= count; n++) {
            String prefix = "TargetMsg." + n + ".";
            String target = request.get(prefix + "Target").orElseThrow(MpsError.TOKEN_OR_USERID_NULL::exception);
            String msgKey = request.get(prefix + "MsgKey").orElseThrow(() -> MpsError.INVALID_PARAM.exception(prefix + "MsgKey is required"));
            TemplateContent rendered = TemplateFill.render(template, request.get(prefix + "TemplateKeyValue").orElse(null));
            JsonObject extras = request.get(prefix + "ExtendedParams")
                    .map(json -> MpsPushFields.extendedParams(json, MAX_TARGET_EXTENDED_PARAMS, MpsError.MULTIPLE_INNER_EXTEND_PARAM_TO_MUCH))
                    .orElse(JsonValue.EMPTY_JSON_OBJECT);
            MpsPushFields.Content content = checked(app, fields, fields.content(rendered.title(), rendered.content(), rendered.uri(), extras));
            targets.add(new PushTarget(target, msgKey, content.payload(), content.notification()));
            audience.put(target, msgKey);
        }
        return targeted(app, new TargetedPushRequest(PushKind.MULTIPLE, fields.taskName(), template.content().name(), fields.addressing(),
                targets, fields.lifetime(), fields.gatewayOnly(), fields.audience(audience)),
                new PushSchedule.Summary(PushKind.MULTIPLE, deliveryType(request), template.content().title(), template.content().content()));
    }

    /** How many TargetMsg.N entries the call has: N runs from 1 without gaps. */
    private static int targetCount(PopRequest request) {
        int count = 0;
        while (request.get("TargetMsg." + (count + 1) + ".Target").isPresent() || request.get("TargetMsg." + (count + 1) + ".MsgKey").isPresent()) {
            count++;
            if (count > MAX_TARGETS) {
                throw MpsError.MULTIPLE_TARGET_NUMBER_TOO_MUCH.exception();
            }
        }
        if (count == 0) {
            throw MpsError.TOKEN_OR_USERID_NULL.exception();
        }
        return count;
    }
}
