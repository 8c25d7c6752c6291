package io.herald.channel.vendor;

import jakarta.ejb.ApplicationException;

/** The notification cannot go out on a channel the push would use; each API family answers with its own code. */
@ApplicationException(rollback = true)
public class NotificationRefused extends RuntimeException {

    public NotificationRefused(String reason) {
        super(reason);
    }
}
