package io.herald.mpaas.schedule;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.schedule.FiringStatus;
import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.schedule.PushScheduleRepository;
import io.herald.domain.schedule.ScheduledFiring;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.MpsQueries;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * QueryPushSchedulerList: the firings planned within [StartTime, EndTime] (epoch ms), of one
 * {@code Type} (0 simple, 1 template, 2 multiple, 3 broadcast) and one schedule or firing
 * ({@code UniqueId}: a main id lists all its firings, a sub id that one), paged by
 * {@code PageNumber} and {@code PageSize} (500 at most, and by default). {@code ExecutedStatus} is
 * "0" not yet run, "1" run; Herald adds "2" cancelled, "3" missed (Herald was down past the
 * message's lifetime) and "4" refused when it ran.
 */
@ApplicationScoped
public class QueryPushSchedulerListAction extends MpsAction {

    static final int MAX_PAGE_SIZE = 500;
    /** Created through the API, as every schedule in Herald is. */
    static final int CREATED_BY_API = 1;

    @Inject
    PushScheduleRepository schedules;

    public QueryPushSchedulerListAction() {
        super("QueryPushSchedulerList", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        Instant from = Instant.ofEpochMilli(MpsQueries.number(request, "StartTime", null));
        Instant to = Instant.ofEpochMilli(MpsQueries.number(request, "EndTime", null));
        PushKind kind = request.get("Type").map(type -> {
            long index = MpsQueries.number(request, "Type", null);
            if (index < 0 || index >= MpsQueries.TASK_TYPES.size()) {
                throw MpsError.INVALID_PARAM.exception("Type must be 0, 1, 2 or 3");
            }
            return MpsQueries.TASK_TYPES.get((int) index);
        }).orElse(null);
        String uniqueId = request.get("UniqueId").orElse(null);
        MpsQueries.Page page = MpsQueries.page(request, MAX_PAGE_SIZE);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (ScheduledFiring firing : schedules.firings(app, from, to, kind, uniqueId, page.first(), page.size())) {
            PushSchedule schedule = firing.schedule();
            PushSchedule.Summary summary = schedule.summary();
            list.add(JSON.createObjectBuilder()
                    .add("UniqueId", firing.uniqueId())
                    .add("ParentId", schedule.uniqueId())
                    .add("PushTime", firing.plannedAt().toEpochMilli())
                    .add("PushTitle", summary.title() == null ? "" : summary.title())
                    .add("PushContent", summary.content() == null ? "" : summary.content())
                    .add("Type", MpsQueries.TASK_TYPES.indexOf(summary.kind()))
                    .add("DeliveryType", summary.deliveryType())
                    .add("StrategyType", schedule.isRecurring() ? 2 : 1)
                    .add("ExecutedStatus", executedStatus(firing.status()))
                    .add("CreateType", CREATED_BY_API)
                    .add("GmtCreate", schedule.createdAt().toEpochMilli()));
        }
        return MpsAnswers.resultContent(JSON.createObjectBuilder()
                .add("TotalCount", schedules.countFirings(app, from, to, kind, uniqueId))
                .add("List", list)
                .build());
    }

    static String executedStatus(FiringStatus status) {
        return switch (status) {
            case PENDING -> "0";
            case EXECUTED -> "1";
            case CANCELLED -> "2";
            case MISSED -> "3";
            case FAILED -> "4";
        };
    }
}
