package io.herald.mpaas.analysis;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.device.Platform;
import io.herald.domain.push.PushKind;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.MpsQueries;
import io.herald.mpaas.PopRequest;
import io.herald.push.TaskOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * QueryPushAnalysisCoreIndex: the app's pushes queued from the day of {@code StartTime} to the day
 * of {@code EndTime} (at most 90 days apart), optionally of one {@code Platform}, {@code Channel},
 * {@code Type} or {@code TaskId}. {@code PushTotalNum} counts the deliveries, {@code PushNum} those
 * handed over, {@code ArrivalNum}, {@code OpenNum} and {@code IgnoreNum} what devices reported;
 * {@code ArrivalRate} is arrivals over handed over, the other rates are over arrivals, as fractions.
 */
@ApplicationScoped
public class QueryPushAnalysisCoreIndexAction extends MpsAction {

    static final long MAX_DAYS = 90;
    static final Set<PushKind> MPAAS_KINDS = Set.of(PushKind.SIMPLE, PushKind.TEMPLATE, PushKind.MULTIPLE, PushKind.BROADCAST);
    /** MPS's channel names, as Herald's channels. */
    static final Map<String, Set<String>> CHANNELS = Map.of("IOS", Set.of("apns"), "FCM", Set.of("fcm"), "HMS", Set.of("huawei"),
            "MIUI", Set.of("xiaomi"), "OPPO", Set.of("oppo"), "VIVO", Set.of("vivo"), "ANDROID", Set.of("gateway"), "HARMONYOS", Set.of("harmony"));
    static final Map<String, Platform> PLATFORMS = Map.of("IOS", Platform.IOS, "ANDROID", Platform.ANDROID, "HARMONYOS", Platform.HARMONY);

    @Inject
    TaskOutcomes outcomes;

    public QueryPushAnalysisCoreIndexAction() {
        super("QueryPushAnalysisCoreIndex", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        LocalDate from = LocalDate.ofInstant(Instant.ofEpochMilli(MpsQueries.number(request, "StartTime", null)), app.timeZone());
        LocalDate to = LocalDate.ofInstant(Instant.ofEpochMilli(MpsQueries.number(request, "EndTime", null)), app.timeZone());
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw MpsError.INVALID_PARAM.exception("EndTime must be after StartTime and at most 90 days later");
        }
        Set<PushKind> kinds = request.get("Type").map(type -> {
            try {
                PushKind kind = PushKind.valueOf(type);
                if (!MPAAS_KINDS.contains(kind)) {
                    throw new IllegalArgumentException(type);
                }
                return Set.of(kind);
            } catch (IllegalArgumentException e) {
                throw MpsError.INVALID_PARAM.exception("Type must be SIMPLE, TEMPLATE, MULTIPLE or BROADCAST");
            }
        }).orElse(MPAAS_KINDS);
        Set<String> channels = request.get("Channel").map(channel -> {
            Set<String> ours = CHANNELS.get(channel);
            if (ours == null) {
                throw MpsError.INVALID_PARAM.exception("Channel must be one of " + CHANNELS.keySet());
            }
            return ours;
        }).orElse(null);
        Platform platform = request.get("Platform").map(name -> {
            Platform ours = PLATFORMS.get(name);
            if (ours == null) {
                throw MpsError.INVALID_PARAM.exception("Platform must be IOS, ANDROID or HARMONYOS");
            }
            return ours;
        }).orElse(null);
        Map<DeliveryStatus, Long> counts = outcomes.countByStatus(app, kinds, from, to, request.get("TaskId").orElse(null), channels, platform);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long handedOver = sum(counts, QueryPushAnalysisTaskDetailAction.HANDED_OVER);
        long arrived = sum(counts, QueryPushAnalysisTaskDetailAction.ARRIVED);
        long opened = counts.getOrDefault(DeliveryStatus.OPENED, 0L);
        long ignored = counts.getOrDefault(DeliveryStatus.IGNORED, 0L);
        return MpsAnswers.resultContent(JSON.createObjectBuilder()
                .add("PushTotalNum", total)
                .add("PushNum", handedOver)
                .add("ArrivalNum", arrived)
                .add("ArrivalRate", rate(arrived, handedOver))
                .add("OpenNum", opened)
                .add("OpenRate", rate(opened, arrived))
                .add("IgnoreNum", ignored)
                .add("IgnoreRate", rate(ignored, arrived))
                .build());
    }

    static long sum(Map<DeliveryStatus, Long> counts, Set<DeliveryStatus> statuses) {
        return statuses.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
