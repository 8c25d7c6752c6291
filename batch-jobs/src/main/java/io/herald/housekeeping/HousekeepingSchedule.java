package io.herald.housekeeping;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;

/**
 * Starts the housekeeping jobs on their schedules, each unless an execution of it is still
 * running: delivery expiry every ten minutes, retention nightly. The jobs manage their own chunk
 * transactions, hence bean-managed transactions here.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class HousekeepingSchedule {

    static final String DELIVERY_EXPIRY = "delivery-expiry";
    static final String RETENTION = "retention";

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void expireDeliveries() {
        startDeliveryExpiry();
    }

    @Schedule(minute = "17", hour = "3", persistent = false)
    void applyRetention() {
        startRetention();
    }

    /** @return the execution id, or -1 when an execution was already running */
    public long startDeliveryExpiry() {
        return startUnlessRunning(DELIVERY_EXPIRY);
    }

    /** @return the execution id, or -1 when an execution was already running */
    public long startRetention() {
        return startUnlessRunning(RETENTION);
    }

    private static long startUnlessRunning(String job) {
        JobOperator operator = BatchRuntime.getJobOperator();
        boolean running = operator.getJobNames().contains(job)
                && operator.getRunningExecutions(job).stream()
                .anyMatch(id -> operator.getJobExecution(id).getBatchStatus() == BatchStatus.STARTED);
        return running ? -1 : operator.start(job, new Properties());
    }
}
