package io.herald.push;

import io.herald.channel.spi.Notification;

/**
 * One target of a push: a UserID or deliveryToken, the caller's key for it, what it receives on
 * Herald's own channel ({@code payload}) and what vendor channels and SMS show ({@code notification}).
 */
public record PushTarget(String address, String msgKey, String payload, Notification notification) {
}
