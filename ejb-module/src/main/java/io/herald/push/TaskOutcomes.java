package io.herald.push;

import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.delivery.DeliveryTallyRepository;
import io.herald.domain.push.PushTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Where a task's deliveries stand, by status: the rows still kept plus what the retention job
 * tallied before removing older ones. Each part is one grouped query on the task's index.
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
}
