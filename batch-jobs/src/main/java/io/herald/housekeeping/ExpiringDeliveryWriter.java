package io.herald.housekeeping;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Expires the deliveries of a chunk whose message is past its lifetime; the others are left alone. */
@Named
@Dependent
public class ExpiringDeliveryWriter extends AbstractItemWriter {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        Instant now = clock.instant();
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        for (Delivery d : deliveries.findBatch(ids)) {
            if (d.message().isStoredForOffline() && !d.message().isDeliverableAt(now) && d.status().canMoveTo(DeliveryStatus.EXPIRED)) {
                d.expire(now);
            }
        }
    }
}
