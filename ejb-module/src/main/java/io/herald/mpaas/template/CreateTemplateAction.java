package io.herald.mpaas.template;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * CreateTemplate: a name of letters, digits and underscores (at most 200, no commas, unique in the
 * app), a title and a content of at most 200 characters each, at most 100 templates per app.
 */
@ApplicationScoped
public class CreateTemplateAction extends TemplateAction {

    static final int MAX_TEMPLATES = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_URI = 1000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,200}");

    @Inject
    Clock clock;

    public CreateTemplateAction() {
        super("CreateTemplate");
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String name = request.get("TemplateName").orElseThrow(MpsError.TEMPLATE_NAME_NULL::exception);
        if (!NAME.matcher(name).matches()) {
            throw MpsError.TEMPLATE_NAME_INVALID.exception();
        }
        String title = text(request, "Title", MAX_TEXT, true, MpsError.TEMPLATE_TITLE_INVALID);
        String content = text(request, "Content", MAX_TEXT, true, MpsError.TEMPLATE_CONTENT_INVALID);
        String description = text(request, "DescInfo", MAX_TEXT, false, MpsError.TEMPLATE_DESC_INFO_INVALID);
        String uri = text(request, "Uri", MAX_URI, false, MpsError.TEMPLATE_URI_INVALID);
        if (templates.findByName(app, name).isPresent()) {
            throw MpsError.TEMPLATE_ALREADY_EXIST.exception();
        }
        if (templates.count(app) >= MAX_TEMPLATES) {
            throw MpsError.TEMPLATE_NUM_TOO_MUCH.exception();
        }
        MessageTemplate template = templates.store(new MessageTemplate(app, new TemplateContent(name, description, title, content, uri,
                request.get("Variables").orElse(null), number(request, "ShowStyle"), number(request, "PushStyle"), number(request, "JumpAction"),
                request.get("ImageUrls").orElse(null), request.get("IconUrls").orElse(null)), clock.instant()));
        return MpsAnswers.code(JSON.createValue(String.valueOf(template.id())));
    }

    private static String text(PopRequest request, String field, int max, boolean required, MpsError invalid) {
        String value = request.get(field).orElse(null);
        if ((value == null && required) || (value != null && value.length() > max)) {
            throw invalid.exception();
        }
        return value;
    }

    private static int number(PopRequest request, String field) {
        try {
            return request.get(field).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw MpsError.INVALID_PARAM.exception(field + " must be a number");
        }
    }
}
