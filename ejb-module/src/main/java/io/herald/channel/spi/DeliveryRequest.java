package io.herald.channel.spi;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.message.Message;
import io.herald.domain.push.PushTask;
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
        Message m = delivery.message();
        return of(delivery, address, m.notification().map(Notification::fromJson).orElse(null), attempt, false);
    }

    /**
     * The recall of a delivery that went out: the notification it showed, with {@code notice} as its
     * text, to replace it on the device; none when it showed nothing (no notification, or a silent one).
     */
    public static Optional<DeliveryRequest> recallOf(Delivery delivery, String address, String notice, int attempt) {
        return delivery.message().notification().map(Notification::fromJson).filter(shown -> !shown.silent())
                .map(shown -> of(delivery, address, shown.asRecallNotice(notice), attempt, true));
    }

    private static DeliveryRequest of(Delivery delivery, String address, Notification notification, int attempt, boolean recall) {
        Message m = delivery.message();
        return new DeliveryRequest(delivery.id(), delivery.app().id(), delivery.targetKind(), delivery.target(), address,
                m.task().map(PushTask::taskId).orElse(null), m.msgKey(), m.sender().orElse(null), m.payload(),
                notification, m.customData().orElse(null), m.createdAt(), m.expiresAt(), attempt, recall);
    }
}
