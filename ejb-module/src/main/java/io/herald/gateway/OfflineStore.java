package io.herald.gateway;

import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.message.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What waits for an account's devices: every gateway delivery that has not arrived, within its
 * message's lifetime and not withdrawn. A device that connects drains it in order; what it
 * acknowledges has arrived and is never sent again.
 */
@Stateless
public class OfflineStore {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Clock clock;

    /** The frames to send a device that just connected, oldest first; they count as sent from now on. */
    public List<String> drain(App app, String account) {
        Instant now = clock.instant();
        List<String> frames = new ArrayList<>();
        for (Delivery d : deliveries.notArrived(app, GatewayChannel.NAME, account)) {
            Message m = d.message();
            if (m.isWithdrawn()) {
                d.revoke(now);
            } else if (!m.isStoredForOffline() || !m.isDeliverableAt(now)) {
                d.expire(now);
            } else {
                if (d.status() == DeliveryStatus.QUEUED) {
                    d.markSent(now);
                }
                frames.add(GatewayFrames.delivery(d.id(), m.msgKey(), m.sender().orElse(null), m.payload(),
                        m.createdAt().getEpochSecond(), m.customData().orElse(null)));
            }
        }
        return frames;
    }

    /** The device has the delivery. @return false when it is not a delivery for this account */
    public boolean acknowledge(App app, String account, long deliveryId) {
        return deliveries.find(deliveryId)
                .filter(d -> d.app().id().equals(app.id()) && d.target().equals(account) && d.channel().equals(GatewayChannel.NAME))
                .map(d -> {
                    if (d.status().canMoveTo(DeliveryStatus.ARRIVED)) {
                        d.markArrived(clock.instant());
                    }
                    return true;
                })
                .orElse(false);
    }
}
