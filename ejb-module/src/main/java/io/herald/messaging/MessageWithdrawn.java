package io.herald.messaging;

/** A one-to-one message was withdrawn; observed after the withdrawal commits. */
public record MessageWithdrawn(long appId, String sender, String recipient, String msgKey) {
}
