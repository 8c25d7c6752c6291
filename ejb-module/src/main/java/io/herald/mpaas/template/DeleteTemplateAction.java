package io.herald.mpaas.template;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.template.MessageTemplate;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

/** DeleteTemplate: by TemplateId or TemplateName (3022 when there is none). */
@ApplicationScoped
public class DeleteTemplateAction extends TemplateAction {

    public DeleteTemplateAction() {
        super("DeleteTemplate");
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        MessageTemplate template = existing(app, request);
        templates.delete(template);
        return MpsAnswers.code(JSON.createValue(String.valueOf(template.id())));
    }
}
