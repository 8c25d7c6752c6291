package io.herald.channel.spi;

import java.time.Instant;

/**
 * One delivery as a channel sees it. {@code deliveryId} is unique and stable across retries, so a
 * channel can use it as the idempotency key the vendor offers (APNs apns-id, FCM message name).
 */
public record DeliveryRequest(long deliveryId, long appId, String target, String msgKey, String sender,
                              String payload, String offlinePush, String customData, Instant sentAt, int attempt) {
}
