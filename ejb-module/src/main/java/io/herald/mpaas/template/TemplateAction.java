package io.herald.mpaas.template;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.domain.template.TemplateRepository;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** What the template actions share: finding a template by id or name, and describing one as MPS does (all strings). */
abstract class TemplateAction extends MpsAction {

    private static final DateTimeFormatter GMT_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    TemplateRepository templates;

    TemplateAction(String action) {
        super(action, MpsEnvelope.CODE);
    }

    MessageTemplate existing(App app, PopRequest request) {
        return request.get("TemplateId").flatMap(id -> parseId(id).flatMap(n -> templates.find(app, n)))
                .or(() -> request.get("TemplateName").flatMap(name -> templates.findByName(app, name)))
                .orElseThrow(MpsError.TEMPLATE_NOT_EXIST::exception);
    }

    static JsonObject describe(MessageTemplate template, ZoneId zone) {
        TemplateContent c = template.content();
        return JSON.createObjectBuilder()
                .add("Id", String.valueOf(template.id()))
                .add("Name", c.name())
                .add("Title", c.title())
                .add("Content", c.content())
                .add("DescInfo", orEmpty(c.description()))
                .add("Uri", orEmpty(c.uri()))
                .add("Variables", orEmpty(c.variables()))
                .add("ShowStyle", String.valueOf(c.showStyle()))
                .add("PushStyle", String.valueOf(c.pushStyle()))
                .add("Action", String.valueOf(c.jumpAction()))
                .add("ImageUrls", orEmpty(c.imageUrls()))
                .add("IconUrls", orEmpty(c.iconUrls()))
                .add("GmtCreate", format(template.createdAt(), zone))
                .add("GmtModified", format(template.modifiedAt(), zone))
                .build();
    }

    private static String format(Instant at, ZoneId zone) {
        return GMT_FORMAT.format(at.atZone(zone));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
