package io.herald.mpaas.template;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** ListTemplatePage: the app's templates in creation order, CurrentPage from 1, PageSize up to 100 (default 10). */
@ApplicationScoped
public class ListTemplatePageAction extends TemplateAction {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;

    public ListTemplatePageAction() {
        super("ListTemplatePage");
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        int page = positive(request, "CurrentPage", 1);
        int size = Math.min(positive(request, "PageSize", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        templates.page(app, (page - 1) * size, size).forEach(t -> items.add(describe(t, app.timeZone())));
        return JSON.createObjectBuilder(MpsAnswers.code(items.build()))
                .add("CurrentPage", page)
                .add("PageSize", size)
                .add("TotalSize", templates.count(app))
                .build();
    }

    private static int positive(PopRequest request, String field, int otherwise) {
        try {
            int value = request.get(field).map(Integer::parseInt).orElse(otherwise);
            if (value < 1) {
                throw MpsError.INVALID_PARAM.exception(field + " must be at least 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw MpsError.INVALID_PARAM.exception(field + " must be a number");
        }
    }
}
