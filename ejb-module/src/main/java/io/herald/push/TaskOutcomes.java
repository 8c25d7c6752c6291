package io.herald.push;

import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.delivery.DeliveryTallyRepository;
import io.herald.domain.app.App;
import io.herald.domain.device.Platform;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * Where a task's (or an app's) deliveries stand, by status: the rows still kept plus what the
 * retention job tallied before removing older ones. Each part is one grouped query on an index.
 */
@ApplicationScoped
public class TaskOutcomes {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryTallyRepository tallies;

    public Map<DeliveryStatus, Long> countByStatus(PushTask task) {
        Map<DeliveryStatus, Long> counts = deliveries.countByStatus(task);
        tallies.countByStatus(task).forEach((status, count) -> counts.merge(status, count, Long::sum));
        return counts;
    }

    /**
     * An app's deliveries of tasks of these kinds queued on the days [from, to] of its time zone, by
     * status; optionally of one task, through some channels, to one platform's devices. Tallied rows
     * count too, except under a platform filter (a tally does not know its devices' platforms).
     */
    public Map<DeliveryStatus, Long> countByStatus(App app, Set<PushKind> kinds, LocalDate from, LocalDate to, String taskId,
                                                   Set<String> channels, Platform platform) {
        ZoneId zone = app.timeZone();
        Map<DeliveryStatus, Long> counts = deliveries.countForStatistics(app, kinds, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), taskId, channels, platform);
        if (platform == null) {
            tallies.countForStatistics(app, kinds, from, to, taskId, channels).forEach((status, count) -> counts.merge(status, count, Long::sum));
        }
        return counts;
    }
}
