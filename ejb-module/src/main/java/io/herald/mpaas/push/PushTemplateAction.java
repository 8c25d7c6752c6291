package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.domain.template.TemplateRepository;
import io.herald.mpaas.PopRequest;
import io.herald.push.TargetedPushRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Map;

/** PushTemplate: a template filled in with TemplateKeyValue, to at most 10 users or devices. */
@ApplicationScoped
public class PushTemplateAction extends MpsPushAction {

    @Inject
    TemplateRepository templates;

    public PushTemplateAction() {
        super("PushTemplate");
    }

    @Override
    protected PreparedPush prepare(App app, PopRequest request) {
        MpsPushFields fields = MpsPushFields.read(request);
        Map<String, String> targets = MpsPushFields.targetMsgkey(request);
        MessageTemplate template = TemplateFill.named(templates, app, request);
        TemplateContent rendered = TemplateFill.render(template, request.get("TemplateKeyValue").orElse(null));
        MpsPushFields.Content payload = checked(app, fields, fields.content(rendered.title(), rendered.content(), rendered.uri(), JsonValue.EMPTY_JSON_OBJECT));
        return targeted(app, new TargetedPushRequest(PushKind.TEMPLATE, fields.taskName(), template.content().name(), fields.addressing(),
                MpsPushFields.receiving(targets, payload), fields.lifetime(), fields.gatewayOnly(), fields.audience(targets)),
                new PushSchedule.Summary(PushKind.TEMPLATE, deliveryType(request), rendered.title(), rendered.content()));
    }
}
