package io.herald.fanout;

import io.herald.push.AudiencePushAccepted;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts the fan-out of an accepted push once its acceptance has committed, so the job always finds the task. */
@ApplicationScoped
public class FanOutLauncher {

    static final String JOB = "broadcast-fanout";

    /** Account ids per chunk: each chunk is one transaction and one checkpoint. */
    @Inject
    @ConfigProperty(name = "herald.fanout.chunk-size", defaultValue = "500")
    int chunkSize;

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AudiencePushAccepted accepted) {
        start(accepted.taskRowId());
    }

    public long start(long taskRowId) {
        Properties parameters = new Properties();
        parameters.setProperty("taskRowId", String.valueOf(taskRowId));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
