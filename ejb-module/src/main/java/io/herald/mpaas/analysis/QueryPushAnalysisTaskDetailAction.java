package io.herald.mpaas.analysis;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.TaskOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * QueryPushAnalysisTaskDetail: a task's deliveries (PushNum), those handed over (PushSuccessNum),
 * those that reached the device (PushArrivalNum), its start, end and duration in the seed's
 * "00 小时 01 分 36 秒" form.
 */
@ApplicationScoped
public class QueryPushAnalysisTaskDetailAction extends MpsAction {

    static final Set<DeliveryStatus> HANDED_OVER = Set.of(DeliveryStatus.SENT, DeliveryStatus.ARRIVED, DeliveryStatus.OPENED, DeliveryStatus.IGNORED);
    static final Set<DeliveryStatus> ARRIVED = Set.of(DeliveryStatus.ARRIVED, DeliveryStatus.OPENED, DeliveryStatus.IGNORED);

    @Inject
    PushTaskRepository tasks;

    @Inject
    TaskOutcomes outcomes;

    @Inject
    Clock clock;

    public QueryPushAnalysisTaskDetailAction() {
        super("QueryPushAnalysisTaskDetail", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String taskId = request.get("TaskId").orElseThrow(() -> MpsError.INVALID_PARAM.exception("TaskId is required"));
        PushTask task = tasks.find(app, taskId).orElseThrow(() -> MpsError.INVALID_PARAM.exception("no task " + taskId));
        Map<DeliveryStatus, Long> counts = outcomes.countByStatus(task);
        Instant started = task.startedAt() == null ? task.createdAt() : task.startedAt();
        Instant ended = task.finishedAt() == null ? clock.instant() : task.finishedAt();
        JsonObjectBuilder data = JSON.createObjectBuilder();
        if (taskId.chars().allMatch(Character::isDigit)) {
            data.add("TaskId", Long.parseLong(taskId));
        } else {
            data.add("TaskId", taskId);
        }
        return MpsAnswers.resultContent(data
                .add("PushNum", counts.values().stream().mapToLong(Long::longValue).sum())
                .add("PushSuccessNum", QueryPushAnalysisCoreIndexAction.sum(counts, HANDED_OVER))
                .add("PushArrivalNum", QueryPushAnalysisCoreIndexAction.sum(counts, ARRIVED))
                .add("StartTime", started.toEpochMilli())
                .add("EndTime", task.finishedAt() == null ? 0 : task.finishedAt().toEpochMilli())
                .add("Duration", duration(Duration.between(started, ended)))
                .build());
    }

    /** The seed's form: "00 小时 01 分 36 秒". */
    static String duration(Duration d) {
        return String.format("%02d 小时 %02d 分 %02d 秒", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
