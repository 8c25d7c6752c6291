package io.herald.domain.delivery;

import io.herald.domain.message.Message;
import io.herald.domain.push.PushTask;
import java.time.Instant;
import java.util.Optional;

/**
 * A delivery as dispatch sees it: whom it goes to, where it stands, and what its channel needs of
 * its message. Dispatch reads these by primary key without entities ({@link DeliveryRepository#outgoing});
 * a delivery loaded as an entity gives the same view ({@link #of}).
 *
 * @param notification the notification the message carries for vendor channels (JSON), or null
 * @param taskId the push task's id, or null for a one-to-one message
 * @param vendorToken the token the target device reported for the delivery's vendor channel, when
 *        read {@link DeliveryRepository#outgoingWithVendorTokens with it} and there is one; else null
 */
public record OutgoingDelivery(long id, long appId, TargetKind targetKind, String target, DeliveryStatus status, String msgKey,
                               String sender, String payload, String notification, String customData, Instant createdAt,
                               long lifetimeSeconds, boolean withdrawn, String taskId, String vendorToken) {

    public static OutgoingDelivery of(Delivery delivery) {
        return of(delivery.id(), delivery.message(), delivery.targetKind(), delivery.target(), delivery.status());
    }

    /** A delivery of the message just queued (by {@link DeliveryRepository#queue}), as dispatch reads it once committed. */
    public static OutgoingDelivery queued(long id, Message message, TargetKind targetKind, String target) {
        return of(id, message, targetKind, target, DeliveryStatus.QUEUED);
    }

    private static OutgoingDelivery of(long id, Message m, TargetKind targetKind, String target, DeliveryStatus status) {
        return new OutgoingDelivery(id, m.app().id(), targetKind, target, status,
                m.msgKey(), m.sender().orElse(null), m.payload(), m.notification().orElse(null), m.customData().orElse(null),
                m.createdAt(), m.lifetime().toSeconds(), m.isWithdrawn(), m.task().map(PushTask::taskId).orElse(null), null);
    }

    public boolean isAwaitingSend() {
        return status == DeliveryStatus.QUEUED;
    }

    public Instant expiresAt() {
        return createdAt.plusSeconds(lifetimeSeconds);
    }

    /** {@link Message#isDeliverableAt}, for the message as read here. */
    public boolean isDeliverableAt(Instant now) {
        return Message.isDeliverable(withdrawn, lifetimeSeconds, expiresAt(), now);
    }

    public Optional<String> notificationJson() {
        return Optional.ofNullable(notification);
    }
}
