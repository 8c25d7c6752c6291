package io.herald.dispatch;

import io.herald.channel.spi.ChannelNames;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.delivery.OutgoingDelivery;
import io.herald.domain.device.DeviceRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Delivery rows' side of dispatch. Each method (but the re-drive's) commits on its own, whatever becomes of the JMS
 * message: an outcome recorded before a redelivery stays recorded, which is what makes a redelivered
 * batch skip the deliveries that already went out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryOutcomes {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeviceRepository devices;

    @Inject
    Clock clock;

    @Inject
    DeliveryCounters counters;

    /** The text that replaces a revoked push's notification on a device. */
    @Inject
    @ConfigProperty(name = "herald.recall.notice", defaultValue = "Message revoked")
    String recallNotice;

    /**
     * The deliveries of the batch still waiting to be sent, each with the address its channel sends
     * to; withdrawn and expired ones are closed here, and so is a device delivery on a vendor channel
     * for which the device no longer has a token.
     */
    public List<DeliveryRequest> takeAwaitingSend(String channel, List<Long> ids, int attempt) {
        Instant now = clock.instant();
        List<Long> withdrawn = new ArrayList<>();
        List<Long> expired = new ArrayList<>();
        List<OutgoingDelivery> sendable = new ArrayList<>();
        for (OutgoingDelivery d : outgoing(channel, ids)) {
            if (!d.isAwaitingSend()) {
                continue;
            }
            if (d.withdrawn()) {
                withdrawn.add(d.id());
            } else if (!d.isDeliverableAt(now)) {
                expired.add(d.id());
            } else {
                sendable.add(d);
            }
        }
        List<Long> tokenless = new ArrayList<>();
        List<DeliveryRequest> requests = new ArrayList<>();
        Map<String, Notification> notifications = new HashMap<>();
        for (OutgoingDelivery d : sendable) {
            String address = address(channel, d);
            if (address == null) {
                tokenless.add(d.id());
            } else {
                Notification notification = d.notificationJson().map(json -> notifications.computeIfAbsent(json, Notification::fromJson)).orElse(null);
                requests.add(DeliveryRequest.of(d, address, notification, attempt));
            }
        }
        deliveries.endQueued(withdrawn, DeliveryStatus.REVOKED, null, now);
        deliveries.endQueued(expired, DeliveryStatus.EXPIRED, null, now);
        deliveries.endQueued(tokenless, DeliveryStatus.FAILED, "the device has no " + channel + " token any more", now);
        return requests;
    }

    /**
     * The recalls of the batch's deliveries that went out and were then taken back, while the
     * notification they showed may still be on the device: sent or arrived, not opened or dismissed,
     * not silent, and the device still has its token for the channel.
     */
    public List<DeliveryRequest> takeForRecall(String channel, List<Long> ids, int attempt) {
        return outgoing(channel, ids).stream()
                .filter(OutgoingDelivery::withdrawn)
                .filter(d -> d.status() == DeliveryStatus.REVOKED || d.status() == DeliveryStatus.ARRIVED)
                .filter(d -> address(channel, d) != null)
                .flatMap(d -> DeliveryRequest.recallOf(d, address(channel, d), recallNotice, attempt).stream())
                .toList();
    }

    /** The batch's deliveries, read with their devices' tokens when the channel is a vendor's. */
    private List<OutgoingDelivery> outgoing(String channel, List<Long> ids) {
        return ChannelNames.isVendor(channel) ? deliveries.outgoingWithVendorTokens(ids) : deliveries.outgoing(ids);
    }

    /** Where the channel sends a delivery: a vendor channel to the device's token for it (null when it has none), the others to the target. */
    private static String address(String channel, OutgoingDelivery delivery) {
        return ChannelNames.isVendor(channel) ? delivery.vendorToken() : delivery.target();
    }

    /**
     * Counts a recall batch's outcomes; the deliveries stay as they are (revoked, or arrived).
     * @return how many recalls failed for now and will be retried
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int recordRecalls(String channel, List<DeliveryOutcome> outcomes, boolean lastAttempt) {
        String failedFor = lastAttempt ? "recall-failed" : "recall-retry";
        Map<String, Long> byOutcome = outcomes.stream().collect(Collectors.groupingBy(outcome -> outcome instanceof DeliveryOutcome.Accepted ? "recalled"
                : outcome instanceof DeliveryOutcome.Failed ? failedFor : "recall-refused", Collectors.counting()));
        byOutcome.forEach((counted, n) -> counters.count(channel, counted, n.intValue()));
        return lastAttempt ? 0 : byOutcome.getOrDefault(failedFor, 0L).intValue();
    }

    /**
     * Records what a batch's channel did; deliveries {@link DeliveryOutcome.Written written} to a
     * device that acknowledges are counted here and recorded by the channel.
     * @return how many deliveries failed for now and will be retried
     */
    public int record(String channel, List<DeliveryOutcome> outcomes, boolean lastAttempt) {
        Instant now = clock.instant();
        List<Long> accepted = new ArrayList<>();
        List<DeliveryOutcome> others = new ArrayList<>();
        int written = 0;
        for (DeliveryOutcome outcome : outcomes) {
            if (outcome instanceof DeliveryOutcome.Accepted) {
                accepted.add(outcome.deliveryId());
            } else if (outcome instanceof DeliveryOutcome.Written) {
                written++;
            } else {
                others.add(outcome);
            }
        }
        counters.count(channel, "sent", deliveries.markSent(accepted, now) + written);
        Map<Long, Delivery> rows = deliveries.lockBatch(others.stream().map(DeliveryOutcome::deliveryId).toList())
                .stream().collect(Collectors.toMap(Delivery::id, Function.identity()));
        int retrying = 0;
        for (DeliveryOutcome outcome : others) {
            Delivery d = rows.get(outcome.deliveryId());
            if (d == null || !d.isAwaitingSend()) {
                continue;
            }
            String counted;
            if (outcome instanceof DeliveryOutcome.Waiting) {
                if (d.message().isStoredForOffline()) {
                    counted = "waiting";
                } else {
                    d.expire(now);
                    counted = "expired";
                }
            } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
                d.recordFailedAttempt(rejected.reason());
                d.markFailed(rejected.reason(), now);
                counted = "rejected";
            } else if (outcome instanceof DeliveryOutcome.Unregistered gone) {
                d.recordFailedAttempt(gone.reason());
                d.markFailed(gone.reason(), now);
                forgetToken(d, channel, gone.address());
                counted = "unregistered";
            } else if (outcome instanceof DeliveryOutcome.Skipped skipped) {
                d.skip(skipped.reason(), now);
                counted = "skipped";
            } else {
                String reason = ((DeliveryOutcome.Failed) outcome).reason();
                d.recordFailedAttempt(reason);
                if (lastAttempt) {
                    d.markFailed("gave up after " + d.attempts() + " attempts: " + reason, now);
                    counted = "failed";
                } else {
                    counted = "retry";
                }
                retrying++;
            }
            counters.count(channel, counted, 1);
        }
        return retrying;
    }

    /**
     * Records as sent, each at the time it was written, what a channel wrote and has not heard of
     * since ({@link DeliveryOutcome.Written}); deliveries a receipt moved on stay as it put them.
     */
    public void recordSent(Map<Long, Instant> writtenAt) {
        deliveries.markSent(writtenAt);
    }

    /**
     * The deliveries of a dead-lettered batch that failed and may still be delivered, queued again,
     * in the re-drive's own transaction. @return how many
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int requeueFailed(List<Long> ids) {
        Instant now = clock.instant();
        int requeued = 0;
        for (Delivery d : deliveries.lockBatch(ids)) {
            if (d.status() == DeliveryStatus.FAILED && d.message().isDeliverableAt(now)) {
                d.requeueAfterFailure();
                requeued++;
            }
        }
        return requeued;
    }

    private void forgetToken(Delivery delivery, String channel, String token) {
        devices.findByToken(delivery.app(), delivery.target())
                .filter(device -> token.equals(device.vendorTokens().get(channel)))
                .ifPresent(device -> device.forgetVendorToken(channel));
    }
}
