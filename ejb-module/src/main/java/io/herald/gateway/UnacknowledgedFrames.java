package io.herald.gateway;

import io.herald.dispatch.DeliveryOutcomes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deliveries this node has written to devices and that no device has acknowledged yet. Nothing
 * records them as sent when they are written: a device acknowledges within milliseconds as a rule,
 * and its acknowledgement then records the delivery as arrived, one write instead of two. What is
 * still unacknowledged after {@code herald.gateway.sent-after-ms} is recorded as sent, at the time
 * it was written, by a sweep that runs twice per that period.
 * <p>
 * The set belongs to the node because the connections do. A node that stops between a write and
 * its sweep leaves those deliveries queued: the device gets them again from the offline store when
 * it reconnects, as it does anything it has not acknowledged.
 */
@ApplicationScoped
public class UnacknowledgedFrames {

    private static final Logger LOG = Logger.getLogger(UnacknowledgedFrames.class.getName());

    /** Deliveries recorded as sent per transaction at most. */
    private static final int MAX_PER_TRANSACTION = 2000;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "herald.gateway.sent-after-ms", defaultValue = "2000")
    long sentAfterMillis;

    private final Map<Long, Instant> writtenAt = new ConcurrentHashMap<>();

    private ScheduledFuture<?> sweeps;

    @PostConstruct
    void startSweeping() {
        long period = Math.max(1, sentAfterMillis / 2);
        sweeps = scheduler.scheduleWithFixedDelay(this::recordOverdueAsSent, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopSweeping() {
        sweeps.cancel(false);
    }

    /**
     * The delivery was written to a connection of its recipient (or is about to be); a second write
     * keeps the first time. An ack may overtake this call: the sweep then finds the delivery arrived
     * and leaves it so.
     */
    public void written(long deliveryId) {
        writtenAt.putIfAbsent(deliveryId, clock.instant());
    }

    /** A device reported the delivery, which is therefore recorded as arrived. */
    public void acknowledged(long deliveryId) {
        writtenAt.remove(deliveryId);
    }

    void recordOverdueAsSent() {
        Instant writtenBefore = clock.instant().minusMillis(sentAfterMillis);
        Map<Long, Instant> overdue = new HashMap<>();
        for (Map.Entry<Long, Instant> frame : writtenAt.entrySet()) {
            if (frame.getValue().isBefore(writtenBefore)) {
                overdue.put(frame.getKey(), frame.getValue());
                if (overdue.size() == MAX_PER_TRANSACTION) {
                    record(overdue);
                    overdue = new HashMap<>();
                }
            }
        }
        record(overdue);
    }

    /** A failure leaves the frames in the set for the next sweep: the scheduler would run no more sweeps after an exception. */
    private void record(Map<Long, Instant> overdue) {
        if (overdue.isEmpty()) {
            return;
        }
        try {
            outcomes.recordSent(overdue);
            overdue.forEach(writtenAt::remove);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record " + overdue.size() + " unacknowledged gateway deliveries as sent; the next sweep tries again", e);
        }
    }
}
