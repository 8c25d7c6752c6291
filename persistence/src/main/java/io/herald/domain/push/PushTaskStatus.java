package io.herald.domain.push;

public enum PushTaskStatus {
    /** Accepted; waiting for its strategy's time or for the fan-out to pick it up. */
    PENDING,
    RUNNING,
    COMPLETED,
    CANCELLED,
    FAILED
}
