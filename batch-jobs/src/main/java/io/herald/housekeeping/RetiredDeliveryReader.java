package io.herald.housekeeping;

import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.delivery.DeliveryRepository;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Reads, app by app in id order, the ids of deliveries past their app's retention. The checkpoint is
 * the app and the last delivery id handed out, so a restart continues where the execution stopped.
 */
@Named
@Dependent
public class RetiredDeliveryReader extends AbstractItemReader {

    static final int PAGE_SIZE = 1000;

    /** Where the reader is: everything up to this delivery of this app has been handed out. */
    record Position(long appId, long lastDeliveryId) implements Serializable {
    }

    @Inject
    AppRepository apps;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    RetentionPolicy policy;

    @Inject
    Clock clock;

    private final Deque<Long> page = new ArrayDeque<>();
    private Deque<App> remainingApps;
    private App current;
    private long lastId;
    private boolean exhausted;
    private Instant now;

    @Override
    public void open(Serializable checkpoint) {
        now = clock.instant();
        Position from = checkpoint == null ? new Position(0, 0) : (Position) checkpoint;
        List<App> all = apps.list().stream().sorted(Comparator.comparing(App::id)).filter(a -> a.id() >= from.appId()).toList();
        remainingApps = new ArrayDeque<>(all);
        current = remainingApps.poll();
        lastId = current != null && current.id() == from.appId() ? from.lastDeliveryId() : 0;
    }

    @Override
    public Object readItem() {
        while (current != null) {
            if (page.isEmpty() && !exhausted) {
                List<Long> next = deliveries.retiredIdsAfter(current.id(), lastId, policy.cutoff(current, now), policy.beyondAnyLifetime(now), PAGE_SIZE);
                exhausted = next.size() < PAGE_SIZE;
                page.addAll(next);
            }
            Long id = page.poll();
            if (id != null) {
                lastId = id;
                return id;
            }
            current = remainingApps.poll();
            lastId = 0;
            exhausted = false;
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return current == null ? null : new Position(current.id(), lastId);
    }
}
