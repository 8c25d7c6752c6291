package io.herald.it.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.housekeeping.HousekeepingSchedule;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.TestDeliveries;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The delivery-expiry batch job, started as its schedule starts it, with its history in the database job repository. */
@ExtendWith(ArquillianExtension.class)
class DeliveryExpiryJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-batch.jar").addClasses(DeliveryExpiryJobIT.class, Eventually.class, Herald.class, TestDeliveries.class);
        return ear;
    }

    @Inject
    TestDeliveries testData;

    @Inject
    HousekeepingSchedule schedule;

    @Test
    void expiresWhatOutlivedItsLifetimeAndRecordsTheExecution() throws Exception {
        long expiring = testData.create(Duration.ofSeconds(1), "gateway", List.of("alice"), ids -> { }).get(0);
        long staying = testData.create(Duration.ofDays(1), "gateway", List.of("bob"), ids -> { }).get(0);
        Thread.sleep(1_200);

        long execution = schedule.startDeliveryExpiry();
        assertTrue(execution > 0);
        Eventually.await("the job to finish", Duration.ofSeconds(60),
                () -> BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus() == BatchStatus.COMPLETED);

        Delivery expired = testData.find(expiring);
        assertEquals(DeliveryStatus.EXPIRED, expired.status());
        assertTrue(expired.endedAt().isPresent());
        assertEquals(DeliveryStatus.QUEUED, testData.find(staying).status());
        assertEquals(1, executionsRecordedInTheDatabase(execution), "JBeret keeps its job repository in HeraldDS");
    }

    private int executionsRecordedInTheDatabase(long execution) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/HeraldDS");
        try (Connection c = ds.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from job_execution where jobexecutionid = ?")) {
            q.setLong(1, execution);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
