package io.herald.housekeeping;

import io.herald.domain.delivery.DeliveryRepository;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the ids of deliveries still on their way, in id order; the checkpoint is the last id handed out. */
@Named
@Dependent
public class ExpiringDeliveryReader extends AbstractItemReader {

    static final int PAGE_SIZE = 1000;

    @Inject
    DeliveryRepository deliveries;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = deliveries.inFlightIdsAfter(lastId, PAGE_SIZE);
            exhausted = next.size() < PAGE_SIZE;
            page.addAll(next);
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
