package io.herald.app;

import jakarta.ejb.ApplicationException;

/** An app registry request that cannot be carried out; the reason says which rule it broke. */
@ApplicationException(rollback = true)
public class AppRegistryException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, INVALID }

    private final Reason reason;

    public AppRegistryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
