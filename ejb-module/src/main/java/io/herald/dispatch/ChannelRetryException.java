package io.herald.dispatch;

import jakarta.ejb.ApplicationException;

/**
 * Some deliveries of a batch failed: the batch goes back to the broker, for another attempt or, after
 * the last (its failed deliveries already given up), to the channel's dead-letter queue.
 */
@ApplicationException(rollback = true)
public class ChannelRetryException extends RuntimeException {

    public ChannelRetryException(String channel, int failed, int attempt, boolean lastAttempt) {
        super(failed + " deliveries on channel " + channel + " failed on attempt " + attempt
                + (lastAttempt ? ", the last: they are given up and the batch goes to the dead-letter queue" : "; the broker will redeliver"));
    }
}
