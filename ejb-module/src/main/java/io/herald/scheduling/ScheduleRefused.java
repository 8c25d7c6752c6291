package io.herald.scheduling;

import jakarta.ejb.ApplicationException;

/** A schedule that cannot be made (no occurrence left, too many pending); nothing is stored. */
@ApplicationException(rollback = true)
public class ScheduleRefused extends RuntimeException {

    public ScheduleRefused(String message) {
        super(message);
    }
}
