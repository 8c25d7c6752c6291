package io.herald.housekeeping;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.delivery.DeliveryTallyRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds a chunk of retired deliveries to the tallies, then removes them, in the chunk's one
 * transaction: a delivery is either still a row or already counted, never both or neither. One
 * that never left the queue is counted as expired, which is what it became.
 */
@Named
@Dependent
public class RetiredDeliveryWriter extends AbstractItemWriter {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryTallyRepository tallies;

    @Override
    public void writeItems(List<Object> items) {
        List<Delivery> retired = deliveries.findBatch(items.stream().map(Long.class::cast).toList());
        Map<List<Object>, List<Delivery>> byTally = retired.stream().collect(Collectors.groupingBy(RetiredDeliveryWriter::tallyKey));
        byTally.values().forEach(group -> {
            Delivery first = group.get(0);
            tallies.add(first.app(), first.task().orElse(null), first.channel(), queuedOn(first), finalStatus(first), group.size());
        });
        deliveries.deleteAll(retired.stream().map(Delivery::id).toList());
    }

    /** The tally a delivery adds to: app, task, channel, day queued, final status. */
    private static List<Object> tallyKey(Delivery d) {
        return List.of(d.app().id(), d.task().map(t -> (Object) t.id()).orElse("none"), d.channel(), queuedOn(d), finalStatus(d));
    }

    private static LocalDate queuedOn(Delivery d) {
        return LocalDate.ofInstant(d.queuedAt(), d.app().timeZone());
    }

    private static DeliveryStatus finalStatus(Delivery d) {
        return d.status() == DeliveryStatus.QUEUED ? DeliveryStatus.EXPIRED : d.status();
    }
}
