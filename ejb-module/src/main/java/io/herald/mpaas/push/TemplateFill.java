package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.domain.template.TemplateRepository;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.Map;

/** The template of a template or batch push (TemplateName: 3025 if absent, 3022 if unknown) and its filling (3023). */
final class TemplateFill {

    private TemplateFill() {
    }

    static MessageTemplate named(TemplateRepository templates, App app, PopRequest request) {
        String name = request.get("TemplateName").orElseThrow(MpsError.NEED_TEMPLATE::exception);
        return templates.findByName(app, name).orElseThrow(MpsError.TEMPLATE_NOT_EXIST::exception);
    }

    /** @param keyValues the TemplateKeyValue JSON map, or null when none was given */
    static TemplateContent render(MessageTemplate template, String keyValues) {
        Map<String, String> values = new HashMap<>();
        if (keyValues != null) {
            MpsPushFields.parseObject(keyValues, MpsError.INVALID_PARAM)
                    .forEach((key, value) -> values.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        }
        return template.render(values).orElseThrow(MpsError.TEMPLATEKV_NOT_ENOUGH::exception);
    }
}
