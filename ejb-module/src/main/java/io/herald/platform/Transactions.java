package io.herald.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Runs part of a session bean's work in a transaction of its own demarcation. A bean that calls
 * itself through its business object for that takes a second instance from its pool while it
 * holds the first; once every instance is held by a caller waiting for a second one, the pool
 * deadlocks until its timeout. A burst of gateway connections did that to the account directory
 * (every connect checked its account that way): every caller waited the pool's five minutes.
 */
@ApplicationScoped
public class Transactions {

    /** The work in the caller's transaction, or in one of its own committed on return when there is none. */
    @Transactional(TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }

    /** The work in a transaction of its own, committed on return, whatever the caller has. */
    @Transactional(TxType.REQUIRES_NEW)
    public void requiresNew(Runnable work) {
        work.run();
    }
}
