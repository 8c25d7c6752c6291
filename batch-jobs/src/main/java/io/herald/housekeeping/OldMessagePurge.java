package io.herald.housekeeping;

import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.AudienceRepository;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * Removes messages past their app's retention that no delivery refers to any more, a few hundred
 * per transaction so that no transaction grows with the backlog, and the fan-out claims and frozen
 * audiences of pushes made before the retention. Stopping it between two batches loses nothing: a
 * restart simply finds what is left.
 */
@Named
@Dependent
public class OldMessagePurge extends AbstractBatchlet {

    static final int BATCH = 500;

    @Inject
    AppRepository apps;

    @Inject
    MessageRepository messages;

    @Inject
    AudienceRepository audiences;

    @Inject
    RetentionPolicy policy;

    @Inject
    UserTransaction transaction;

    @Inject
    Clock clock;

    private volatile boolean stopping;

    @Override
    public String process() throws Exception {
        Instant now = clock.instant();
        long removed = 0;
        for (App app : apps.list()) {
            Instant cutoff = policy.cutoff(app, now);
            removed += inTransaction(() -> audiences.deleteBefore(app.id(), cutoff));
            int batch;
            do {
                if (stopping) {
                    return "STOPPED";
                }
                batch = inTransaction(() -> messages.deleteUnreferencedBefore(app.id(), cutoff, BATCH));
                removed += batch;
            } while (batch == BATCH);
        }
        return "REMOVED " + removed;
    }

    private int inTransaction(Callable<Integer> work) throws Exception {
        transaction.begin();
        try {
            int done = work.call();
            transaction.commit();
            return done;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
