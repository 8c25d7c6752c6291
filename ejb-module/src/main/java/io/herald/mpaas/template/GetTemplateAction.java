package io.herald.mpaas.template;

import io.herald.domain.app.App;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

/** GetTemplate: one template by TemplateId or TemplateName (3022 when there is none). */
@ApplicationScoped
public class GetTemplateAction extends TemplateAction {

    public GetTemplateAction() {
        super("GetTemplate");
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        return MpsAnswers.code(describe(existing(app, request), app.timeZone()));
    }
}
