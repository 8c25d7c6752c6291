package io.herald.mpaas.analysis;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.domain.template.TemplateRepository;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsQueries;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/**
 * QueryPushAnalysisTaskList: the batch and broadcast tasks created since StartTime (epoch ms),
 * optionally one TaskId or TaskName, newest first, paged (PageNumber from 1, PageSize up to 500).
 * {@code Type} follows the scheduler's numbering: 0 simple, 1 template, 2 multiple, 3 broadcast.
 */
@ApplicationScoped
public class QueryPushAnalysisTaskListAction extends MpsAction {

    static final Set<PushKind> LISTED = Set.of(PushKind.MULTIPLE, PushKind.BROADCAST);
    static final int MAX_PAGE_SIZE = 500;

    @Inject
    PushTaskRepository tasks;

    @Inject
    TemplateRepository templates;

    public QueryPushAnalysisTaskListAction() {
        super("QueryPushAnalysisTaskList", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        Instant since = Instant.ofEpochMilli(MpsQueries.number(request, "StartTime", null));
        MpsQueries.Page page = MpsQueries.page(request, MAX_PAGE_SIZE);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (PushTask task : tasks.list(app, LISTED, since, request.get("TaskId").orElse(null), request.get("TaskName").orElse(null), page.first(), page.size())) {
            String template = task.templateName().orElse("");
            String templateId = templates.findByName(app, template).map(t -> String.valueOf(t.id())).orElse("");
            list.add(JSON.createObjectBuilder()
                    .add("TaskId", task.taskId())
                    .add("TaskName", task.name() == null ? "" : task.name())
                    .add("TemplateId", templateId)
                    .add("TemplateName", template)
                    .add("Type", MpsQueries.TASK_TYPES.indexOf(task.kind()))
                    .add("GmtCreate", task.createdAt().toEpochMilli())
                    .add("List", JSON.createArrayBuilder()));
        }
        return MpsAnswers.resultContent(list.build());
    }
}
