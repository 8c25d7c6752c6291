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
 * Starts the delivery-expiry job every ten minutes unless one is still running. The job manages its
 * own chunk transactions, hence bean-managed transactions here.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DeliveryExpirySchedule {

    static final String JOB = "delivery-expiry";

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void run() {
        start();
    }

    /** @return the execution id, or -1 when an execution was already running */
    public long start() {
        JobOperator operator = BatchRuntime.getJobOperator();
        boolean running = operator.getJobNames().contains(JOB) && !operator.getRunningExecutions(JOB).isEmpty()
                && operator.getRunningExecutions(JOB).stream()
                .anyMatch(id -> operator.getJobExecution(id).getBatchStatus() == BatchStatus.STARTED);
        return running ? -1 : operator.start(JOB, new Properties());
    }
}
