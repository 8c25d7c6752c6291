package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.domain.template.TemplateRepository;
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
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.Map;

/**
 * PushTemplate: a template (TemplateName; 3025 if none is named, 3022 if it does not exist) filled in
 * with TemplateKeyValue (3023 when a placeholder has no value), to at most 10 users or devices.
 */
@ApplicationScoped
public class PushTemplateAction extends MpsAction {

    @Inject
    TargetedPush pushes;

    @Inject
    TemplateRepository templates;

    public PushTemplateAction() {
        super("PushTemplate", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        MpsPushFields fields = MpsPushFields.read(request);
        String name = request.get("TemplateName").orElseThrow(MpsError.NEED_TEMPLATE::exception);
        MessageTemplate template = templates.findByName(app, name).orElseThrow(MpsError.TEMPLATE_NOT_EXIST::exception);
        Map<String, String> values = new HashMap<>();
        request.get("TemplateKeyValue").map(json -> MpsPushFields.parseObject(json, MpsError.INVALID_PARAM))
                .ifPresent(object -> object.forEach((key, value) -> values.put(key, value instanceof JsonString s ? s.getString() : value.toString())));
        TemplateContent rendered = template.render(values).orElseThrow(MpsError.TEMPLATEKV_NOT_ENOUGH::exception);
        String payload = fields.payload(rendered.title(), rendered.content(), rendered.uri());
        return MpsAnswers.pushResult(pushes.push(app, new TargetedPushRequest(PushKind.TEMPLATE, fields.taskName(), fields.addressing(),
                fields.targetsReceiving(payload), fields.lifetime(), fields.gatewayOnly(), fields.audience())));
    }
}
