package io.herald.mpaas.schedule;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.scheduling.PushScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CancelPushScheduler: up to 30 comma-separated {@code UniqueIds} (spaces trimmed), main ids
 * ({@code Type} 0, the default: every firing still to come) or sub ids (1: that firing). Only
 * what has not run can be cancelled. {@code ResultContent} is a string in the form of a Java
 * map's text, as the seed shows: {@code {714613eb=1,714613ed=0}}.
 */
@ApplicationScoped
public class CancelPushSchedulerAction extends MpsAction {

    static final int MAX_IDS = 30;

    @Inject
    PushScheduler scheduler;

    public CancelPushSchedulerAction() {
        super("CancelPushScheduler", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        List<String> ids = Arrays.stream(request.get("UniqueIds").orElseThrow(() -> MpsError.INVALID_PARAM.exception("UniqueIds is required")).split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw MpsError.INVALID_PARAM.exception("UniqueIds names 1 to " + MAX_IDS + " ids");
        }
        boolean firingIds = switch (request.get("Type").orElse("0").trim()) {
            case "0" -> false;
            case "1" -> true;
            default -> throw MpsError.INVALID_PARAM.exception("Type must be 0 (main ids) or 1 (sub ids)");
        };
        Map<String, Boolean> cancelled = scheduler.cancel(app, ids, firingIds);
        String text = cancelled.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() ? 1 : 0)).collect(Collectors.joining(",", "{", "}"));
        return JSON.createObjectBuilder()
                .add("ResultCode", "OK")
                .add("ResultMessage", "")
                .add("ResultContent", text)
                .build();
    }
}
