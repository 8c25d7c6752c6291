package io.herald.dispatch;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.message.Message;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Delivery rows' side of dispatch. Each method commits on its own, whatever becomes of the JMS
 * message: an outcome recorded before a redelivery stays recorded, which is what makes a redelivered
 * batch skip the deliveries that already went out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryOutcomes {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /** The deliveries of the batch still waiting to be sent; withdrawn and expired ones are closed here. */
    public List<DeliveryRequest> takeAwaitingSend(List<Long> ids, int attempt) {
        Instant now = clock.instant();
        List<DeliveryRequest> requests = new ArrayList<>();
        for (Delivery d : deliveries.findBatch(ids)) {
            if (!d.isAwaitingSend()) {
                continue;
            }
            Message m = d.message();
            if (m.isWithdrawn()) {
                d.revoke(now);
            } else if (!m.isDeliverableAt(now)) {
                d.expire(now);
            } else {
                requests.add(DeliveryRequest.of(d, attempt));
            }
        }
        return requests;
    }

    /** @return how many deliveries failed for now and will be retried */
    public int record(String channel, List<DeliveryOutcome> outcomes, boolean lastAttempt) {
        Instant now = clock.instant();
        Map<Long, Delivery> rows = deliveries.lockBatch(outcomes.stream().map(DeliveryOutcome::deliveryId).toList())
                .stream().collect(Collectors.toMap(Delivery::id, Function.identity()));
        int retrying = 0;
        for (DeliveryOutcome outcome : outcomes) {
            Delivery d = rows.get(outcome.deliveryId());
            if (d == null || !d.isAwaitingSend()) {
                continue;
            }
            String counted;
            if (outcome instanceof DeliveryOutcome.Accepted) {
                d.markSent(now);
                counted = "sent";
            } else if (outcome instanceof DeliveryOutcome.Waiting) {
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
            meters.counter("herald.deliveries", "channel", channel, "outcome", counted).increment();
        }
        return retrying;
    }
}
