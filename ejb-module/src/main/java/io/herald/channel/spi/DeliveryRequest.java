package io.herald.channel.spi;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.message.Message;
import io.herald.domain.push.PushTask;
import java.time.Instant;

/**
 * One delivery as a channel sees it. {@code deliveryId} is unique and stable across retries, so a
 * channel can use it as the idempotency key the vendor offers (APNs apns-id, FCM message name).
 * {@code taskId} names the push task for pushes and is null for one-to-one messages.
 * {@code address} is where the channel sends: the vendor token a device reported for this channel,
 * a phone number, or (on the gateway) the target itself. {@code expiresAt} ends the message's life.
 */
public record DeliveryRequest(long deliveryId, long appId, TargetKind targetKind, String target, String address, String taskId,
                              String msgKey, String sender, String payload, Notification notification, String customData,
                              Instant sentAt, Instant expiresAt, int attempt) {

    /** The delivery with its message, read inside the transaction that loaded them. */
    public static DeliveryRequest of(Delivery delivery, String address, int attempt) {
        Message m = delivery.message();
        return new DeliveryRequest(delivery.id(), delivery.app().id(), delivery.targetKind(), delivery.target(), address,
                m.task().map(PushTask::taskId).orElse(null), m.msgKey(), m.sender().orElse(null), m.payload(),
                m.notification().map(Notification::fromJson).orElse(null), m.customData().orElse(null), m.createdAt(),
                m.expiresAt(), attempt);
    }
}
