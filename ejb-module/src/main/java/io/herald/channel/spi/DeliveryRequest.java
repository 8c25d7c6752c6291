package io.herald.channel.spi;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.OutgoingDelivery;
import io.herald.domain.delivery.TargetKind;
import java.time.Instant;
import java.util.Optional;

/**
 * One delivery as a channel sees it. {@code deliveryId} is unique and stable across retries, so a
 * channel can use it as the idempotency key the vendor offers (APNs apns-id, FCM message name).
 * {@code taskId} names the push task for pushes and is null for one-to-one messages.
 * {@code address} is where the channel sends: the vendor token a device reported for this channel,
 * a phone number, or (on the gateway) the target itself. {@code expiresAt} ends the message's life.
 * A {@code recall} replaces the notification this delivery put on the device with its
 * {@code notification}, a notice that it was taken back (see {@link DeliveryChannel#recallsByReplacement()}).
 */
public record DeliveryRequest(long deliveryId, long appId, TargetKind targetKind, String target, String address, String taskId,
                              String msgKey, String sender, String payload, Notification notification, String customData,
                              Instant sentAt, Instant expiresAt, int attempt, boolean recall) {

    /** The delivery with its message, read inside the transaction that loaded them. */
    public static DeliveryRequest of(Delivery delivery, String address, int attempt) {
        return of(OutgoingDelivery.of(delivery), address, attempt);
    }

    public static DeliveryRequest of(OutgoingDelivery delivery, String address, int attempt) {
        return of(delivery, address, delivery.notificationJson().map(Notification::fromJson).orElse(null), attempt);
    }

    /** @param notification the delivery's notification, already read from its JSON (deliveries of one message share it) */
    public static DeliveryRequest of(OutgoingDelivery delivery, String address, Notification notification, int attempt) {
        return of(delivery, address, notification, attempt, false);
    }

    /**
     * The recall of a delivery that went out: the notification it showed, with {@code notice} as its
     * text, to replace it on the device; none when it showed nothing (no notification, or a silent one).
     */
    public static Optional<DeliveryRequest> recallOf(OutgoingDelivery delivery, String address, String notice, int attempt) {
        return delivery.notificationJson().map(Notification::fromJson).filter(shown -> !shown.silent())
                .map(shown -> of(delivery, address, shown.asRecallNotice(notice), attempt, true));
    }

    private static DeliveryRequest of(OutgoingDelivery delivery, String address, Notification notification, int attempt, boolean recall) {
        return new DeliveryRequest(delivery.id(), delivery.appId(), delivery.targetKind(), delivery.target(), address, delivery.taskId(),
                delivery.msgKey(), delivery.sender(), delivery.payload(), notification, delivery.customData(), delivery.createdAt(),
                delivery.expiresAt(), attempt, recall);
    }
}
