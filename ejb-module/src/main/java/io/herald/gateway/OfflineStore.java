package io.herald.gateway;

import io.herald.channel.spi.DeliveryRequest;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.message.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What waits for a recipient's devices: every gateway delivery that has not arrived, within its
 * message's lifetime and not withdrawn. A device that connects drains it in order; what it
 * acknowledges has arrived and is never sent again (see {@link Receipts}).
 */
@Stateless
public class OfflineStore {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    UnacknowledgedFrames unacknowledged;

    @Inject
    Clock clock;

    /** One waiting delivery, as the frame that carries it. */
    public record WaitingFrame(long deliveryId, String frame) {
    }

    /**
     * The frames to send a device that just connected, oldest first; like the gateway channel's, they
     * are recorded as arrived when acknowledged, or as sent by {@link UnacknowledgedFrames}.
     */
    public List<WaitingFrame> drain(Recipient recipient) {
        Instant now = clock.instant();
        List<WaitingFrame> frames = new ArrayList<>();
        for (Delivery d : deliveries.notArrived(recipient.appId(), recipient.kind(), GatewayChannel.NAME, recipient.address())) {
            Message m = d.message();
            if (m.isWithdrawn()) {
                d.revoke(now);
            } else if (!m.isStoredForOffline() || !m.isDeliverableAt(now)) {
                d.expire(now);
            } else {
                unacknowledged.written(d.id());
                frames.add(new WaitingFrame(d.id(), GatewayFrames.delivery(DeliveryRequest.of(d, d.target(), d.attempts()))));
            }
        }
        return frames;
    }
}
