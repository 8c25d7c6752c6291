package io.herald.dispatch;

import jakarta.ejb.ApplicationException;

/** Some deliveries of a batch failed for now: the batch goes back to the broker for another attempt. */
@ApplicationException(rollback = true)
public class ChannelRetryException extends RuntimeException {

    public ChannelRetryException(String channel, int failed, int attempt) {
        super(failed + " deliveries on channel " + channel + " failed on attempt " + attempt + "; the broker will redeliver");
    }
}
