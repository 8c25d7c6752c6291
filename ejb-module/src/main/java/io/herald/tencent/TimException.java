package io.herald.tencent;

import jakarta.ejb.ApplicationException;

/** A request the Tencent family refuses; rendered as HTTP 200 with ActionStatus FAIL. */
@ApplicationException(rollback = true)
public class TimException extends RuntimeException {

    private final transient TimError error;

    public TimException(TimError error) {
        super(error.code() + " " + error.info(), null, false, false);
        this.error = error;
    }

    public TimError error() {
        return error;
    }
}
