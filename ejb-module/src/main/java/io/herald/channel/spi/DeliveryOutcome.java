package io.herald.channel.spi;

/** What became of one delivery request. A value type; channels return one per request. */
public sealed interface DeliveryOutcome {

    long deliveryId();

    /** Handed over: the device or the vendor has it. */
    record Accepted(long deliveryId) implements DeliveryOutcome {
    }

    /** Refused for good (bad token, unregistered device, payload refused): never retried. */
    record Rejected(long deliveryId, String reason) implements DeliveryOutcome {
    }

    /** Not sent this time (timeout, 5xx, throttled): retried with backoff until the attempts run out. */
    record Failed(long deliveryId, String reason) implements DeliveryOutcome {
    }

    /**
     * The target cannot be reached now (no device connected): the delivery waits in offline storage
     * for the target to come back, or expires at once when its message is for online targets only.
     */
    record Waiting(long deliveryId) implements DeliveryOutcome {
    }
}
