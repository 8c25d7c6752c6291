package io.herald.mpaas;

import jakarta.ejb.ApplicationException;

/** A POP request refused at the protocol level: an HTTP 4xx/5xx with RequestId, HostId, Code, Message. */
@ApplicationException(rollback = true)
public class PopException extends RuntimeException {

    private final transient PopError error;

    public PopException(PopError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public PopError error() {
        return error;
    }
}
