package io.herald.push;

/** One target of a push: a UserID or deliveryToken, the caller's key for it, and what it receives. */
public record PushTarget(String address, String msgKey, String payload) {
}
