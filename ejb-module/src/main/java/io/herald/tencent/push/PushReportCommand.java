package io.herald.tencent.push;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.push.PushTask;
import io.herald.push.AudiencePush;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimCommand;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code im_get_push_report} (at {@code openim} and {@code all_member_push}): for up to 500
 * {@code TaskIds} (90014), each known push's {@code Status} (0 not started, 1 fanning out, 2 done),
 * {@code StartTime} (app time zone, once started), and the fan-out's real progress: {@code Finished}
 * of {@code Total} accounts gone through. Ids that are not the app's pushes are left out.
 */
@ApplicationScoped
public class PushReportCommand extends TimCommand {

    static final int MAX_TASK_IDS = 500;
    static final Set<String> SERVICES = Set.of("openim", "all_member_push");
    static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AudiencePush pushes;

    public PushReportCommand() {
        super("openim", "im_get_push_report", TimError.MESSAGE_ADMIN_REQUIRED);
    }

    @Override
    public boolean serves(String service, String command) {
        return SERVICES.contains(service) && "im_get_push_report".equals(command);
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        JsonArray given = request.array("TaskIds", TimError.JSON_PARSE_ERROR).orElseThrow(TimError.JSON_PARSE_ERROR::exception);
        if (given.size() > MAX_TASK_IDS) {
            throw TimError.TOO_MANY_TASK_IDS.exception();
        }
        List<String> taskIds = new ArrayList<>();
        for (JsonValue value : given) {
            if (!(value instanceof JsonString id)) {
                throw TimError.JSON_PARSE_ERROR.exception();
            }
            taskIds.add(id.getString());
        }
        JsonArrayBuilder reports = JSON.createArrayBuilder();
        for (PushTask task : pushes.tasks(caller.app(), taskIds)) {
            int status = switch (task.status()) {
                case PENDING -> 0;
                case RUNNING -> 1;
                default -> 2;
            };
            JsonObjectBuilder report = JSON.createObjectBuilder().add("TaskId", task.taskId()).add("Status", status);
            if (task.startedAt() != null) {
                report.add("StartTime", START_TIME.format(task.startedAt().atZone(caller.app().timeZone())));
            }
            reports.add(report.add("Finished", task.fannedOut()).add("Total", task.targetCount()));
        }
        return JSON.createObjectBuilder().add("Reports", reports).build();
    }
}
