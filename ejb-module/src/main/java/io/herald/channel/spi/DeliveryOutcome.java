package io.herald.channel.spi;

/** What became of one delivery request. A value type; channels return one per request. */
public sealed interface DeliveryOutcome {

    long deliveryId();

    /** Handed over: the device or the vendor has it. */
    record Accepted(long deliveryId) implements DeliveryOutcome {
    }

    /**
     * Written to the connections of a device that acknowledges what it receives (the gateway): the
     * channel records it itself, as arrived when the acknowledgement comes or as sent when none has
     * come in a while, so that a delivery acknowledged at once is written to the database once.
     */
    record Written(long deliveryId) implements DeliveryOutcome {
    }

    /** Refused for good (bad token, unregistered device, payload refused): never retried. */
    record Rejected(long deliveryId, String reason) implements DeliveryOutcome {
    }

    /**
     * The vendor says the address is gone for good (APNs 410 Unregistered or BadDeviceToken, FCM
     * UNREGISTERED, ...): the delivery fails and the device forgets that token, unless it has
     * reported another one since.
     */
    record Unregistered(long deliveryId, String address, String reason) implements DeliveryOutcome {
    }

    /** Not needed after all (a supplementary SMS for a push that arrived): closed without sending. */
    record Skipped(long deliveryId, String reason) implements DeliveryOutcome {
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
