package io.herald.fanout;

import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTaskRepository;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At start-up, sees every unfinished fan-out through: an execution that was stopped or failed is
 * restarted from its checkpoint; one left "started" by a crash cannot be restarted, so a new
 * execution starts over, and the fan-out claims skip everyone already reached.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FanOutRecovery {

    private static final Logger LOG = Logger.getLogger(FanOutRecovery.class.getName());

    @Inject
    PushTaskRepository tasks;

    @Inject
    FanOutLauncher launcher;

    @PostConstruct
    void resumeUnfinished() {
        List<Long> unfinished = tasks.unfinished(Set.of(PushKind.AUDIENCE, PushKind.BROADCAST)).stream().map(t -> t.id()).toList();
        if (unfinished.isEmpty()) {
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        Map<Long, JobExecution> latest = latestExecutions(operator);
        for (long taskRowId : unfinished) {
            JobExecution execution = latest.get(taskRowId);
            if (execution != null && (execution.getBatchStatus() == BatchStatus.STOPPED || execution.getBatchStatus() == BatchStatus.FAILED)) {
                LOG.info(() -> "Restarting the fan-out of push task " + taskRowId + " from its checkpoint");
                operator.restart(execution.getExecutionId(), operator.getParameters(execution.getExecutionId()));
            } else {
                LOG.info(() -> "Starting the fan-out of push task " + taskRowId + " again");
                launcher.start(taskRowId);
            }
        }
    }

    private static Map<Long, JobExecution> latestExecutions(JobOperator operator) {
        Map<Long, JobExecution> latest = new HashMap<>();
        if (!operator.getJobNames().contains(FanOutLauncher.JOB)) {
            return latest;
        }
        int count = operator.getJobInstanceCount(FanOutLauncher.JOB);
        for (JobInstance instance : operator.getJobInstances(FanOutLauncher.JOB, 0, count)) {
            Optional<JobExecution> last = operator.getJobExecutions(instance).stream().max(Comparator.comparing(JobExecution::getExecutionId));
            last.ifPresent(execution -> {
                String taskRowId = execution.getJobParameters() == null ? null : execution.getJobParameters().getProperty("taskRowId");
                if (taskRowId != null) {
                    latest.merge(Long.valueOf(taskRowId), execution, (a, b) -> a.getExecutionId() > b.getExecutionId() ? a : b);
                }
            });
        }
        return latest;
    }
}
