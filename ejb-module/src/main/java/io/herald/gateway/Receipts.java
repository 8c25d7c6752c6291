package io.herald.gateway;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * What devices report about their deliveries: it arrived (ack), the user opened it, or the user
 * dismissed it. These are the only source of arrival, open and ignore figures in Herald. A
 * report comes over the gateway or, for what a vendor channel delivered, through the device API;
 * either way it must name a delivery addressed to the recipient that reports it.
 */
@Stateless
public class Receipts {

    public enum Kind { ARRIVED, OPENED, IGNORED }

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Clock clock;

    /**
     * Records the report; reporting what is already recorded (a second ack, an open after the
     * arrival was counted) changes nothing. An open or ignore implies the arrival.
     * @return false when the delivery is not one addressed to this recipient
     */
    public boolean report(Recipient recipient, long deliveryId, Kind kind) {
        Instant now = clock.instant();
        // The common case, the first ack of a delivery on its way, without loading it; anything else is decided on the locked row.
        if (kind == Kind.ARRIVED && deliveries.markArrived(deliveryId, recipient.appId(), recipient.kind(), recipient.address(), now)) {
            return true;
        }
        Delivery delivery = deliveries.lock(deliveryId).filter(d -> isFor(d, recipient)).orElse(null);
        if (delivery == null) {
            return false;
        }
        if (delivery.status().canMoveTo(DeliveryStatus.ARRIVED)) {
            delivery.markArrived(now);
        }
        if (kind == Kind.OPENED && delivery.status().canMoveTo(DeliveryStatus.OPENED)) {
            delivery.markOpened(now);
        } else if (kind == Kind.IGNORED && delivery.status().canMoveTo(DeliveryStatus.IGNORED)) {
            delivery.markIgnored(now);
        }
        return true;
    }

    private static boolean isFor(Delivery delivery, Recipient recipient) {
        return delivery.app().id() == recipient.appId() && delivery.targetKind() == recipient.kind()
                && delivery.target().equals(recipient.address());
    }
}
