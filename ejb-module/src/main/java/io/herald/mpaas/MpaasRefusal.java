package io.herald.mpaas;

import jakarta.ejb.ApplicationException;

/**
 * A call the mPaaS family refuses: at the protocol level ({@link PopException}, HTTP 4xx/5xx) or with
 * a business result code ({@link MpsException}, HTTP 200). Either rolls back what the call did.
 */
@ApplicationException(rollback = true)
public abstract class MpaasRefusal extends RuntimeException {

    protected MpaasRefusal(String message) {
        super(message, null, false, false);
    }
}
