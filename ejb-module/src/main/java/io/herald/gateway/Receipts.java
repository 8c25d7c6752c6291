package io.herald.gateway;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryRepository.Addressee;
import io.herald.domain.delivery.DeliveryStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What devices report about their deliveries: it arrived (ack), the user opened it, or the user
 * dismissed it. These are the only source of arrival, open and ignore figures in Herald. A
 * report comes over the gateway or, for what a vendor channel delivered, through the device API;
 * either way it must name a delivery addressed to the recipient that reports it.
 */
@Stateless
public class Receipts {

    public enum Kind { ARRIVED, OPENED, IGNORED }

    /** One device's report about one delivery. */
    public record Receipt(Recipient recipient, long deliveryId, Kind kind) {
    }

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
        return reportAll(List.of(new Receipt(recipient, deliveryId, kind))).get(0);
    }

    /**
     * {@link #report Records} the receipts of many devices in one transaction: the common case, the
     * first ack of a delivery on its way, is checked and recorded by primary key without loading the
     * delivery; anything else is decided on the locked row.
     * @return for each receipt, in order, whether its delivery is addressed to its recipient
     */
    public List<Boolean> reportAll(List<Receipt> receipts) {
        Instant now = clock.instant();
        Map<Long, Addressee> addressees = deliveries.addressees(receipts.stream()
                .filter(receipt -> receipt.kind() == Kind.ARRIVED).map(Receipt::deliveryId).collect(Collectors.toSet()));
        Set<Long> arriving = new HashSet<>();
        Boolean[] addressed = new Boolean[receipts.size()];
        for (int i = 0; i < receipts.size(); i++) {
            Receipt receipt = receipts.get(i);
            if (receipt.kind() == Kind.ARRIVED) {
                Addressee addressee = addressees.get(receipt.deliveryId());
                addressed[i] = addressee != null && isFor(addressee, receipt.recipient());
                if (addressed[i] && addressee.status().canMoveTo(DeliveryStatus.ARRIVED)) {
                    arriving.add(receipt.deliveryId());
                }
            }
        }
        deliveries.markArrived(arriving, now);
        // Opens and ignores after the acks, on rows the acks have already moved.
        for (int i = 0; i < receipts.size(); i++) {
            if (addressed[i] == null) {
                addressed[i] = onLockedRow(receipts.get(i), now);
            }
        }
        return List.of(addressed);
    }

    private boolean onLockedRow(Receipt receipt, Instant now) {
        Delivery delivery = deliveries.lock(receipt.deliveryId()).filter(d -> isFor(d, receipt.recipient())).orElse(null);
        if (delivery == null) {
            return false;
        }
        if (delivery.status().canMoveTo(DeliveryStatus.ARRIVED)) {
            delivery.markArrived(now);
        }
        if (receipt.kind() == Kind.OPENED && delivery.status().canMoveTo(DeliveryStatus.OPENED)) {
            delivery.markOpened(now);
        } else if (receipt.kind() == Kind.IGNORED && delivery.status().canMoveTo(DeliveryStatus.IGNORED)) {
            delivery.markIgnored(now);
        }
        return true;
    }

    private static boolean isFor(Addressee addressee, Recipient recipient) {
        return addressee.appId() == recipient.appId() && addressee.kind() == recipient.kind() && addressee.target().equals(recipient.address());
    }

    private static boolean isFor(Delivery delivery, Recipient recipient) {
        return delivery.app().id() == recipient.appId() && delivery.targetKind() == recipient.kind()
                && delivery.target().equals(recipient.address());
    }
}
