package io.herald.fanout;

import io.herald.push.AudiencePushAccepted;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the fan-out of an accepted push once its acceptance has committed, so the job always finds
 * the task. The start itself (the job repository's rows) happens on a managed thread, after the
 * caller has its answer; a start lost to a crash in between is made at the next boot by
 * {@link FanOutRecovery}.
 */
@ApplicationScoped
public class FanOutLauncher {

    private static final Logger LOG = Logger.getLogger(FanOutLauncher.class.getName());

    static final String JOB = "broadcast-fanout";

    /** Account ids per chunk: each chunk is one transaction and one checkpoint. */
    @Inject
    @ConfigProperty(name = "herald.fanout.chunk-size", defaultValue = "500")
    int chunkSize;

    /**
     * Partitions of the audience written at the same time, each on a thread of the batch pool
     * besides the job's own (the pool, {@code herald.batch.threads}, must leave room for them).
     */
    @Inject
    @ConfigProperty(name = "herald.fanout.partitions", defaultValue = "4")
    int partitions;

    @Resource
    ManagedExecutorService executor;

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AudiencePushAccepted accepted) {
        executor.execute(() -> {
            try {
                start(accepted.taskRowId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Could not start the fan-out of push task " + accepted.taskRowId() + "; it starts at the next boot");
            }
        });
    }

    public long start(long taskRowId) {
        Properties parameters = new Properties();
        parameters.setProperty("taskRowId", String.valueOf(taskRowId));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        parameters.setProperty("partitions", String.valueOf(partitions));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
