package io.herald.it.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.housekeeping.DeliveryExpirySchedule;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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
        ear.getAsType(JavaArchive.class, "herald-batch.jar").addClasses(DeliveryExpiryJobIT.class, Eventually.class, Herald.class);
        return ear;
    }

    @Inject
    AppRepository apps;

    @Inject
    MessageRepository messages;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryExpirySchedule schedule;

    private long[] queue(Duration lifetime, Duration otherLifetime) throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        App app = apps.findBySdkAppId(Herald.BOOTSTRAP_SDKAPPID).orElseThrow();
        Message shortLived = messages.store(new Message(app, UUID.randomUUID().toString(), null, "[]", lifetime, Instant.now()));
        Message longLived = messages.store(new Message(app, UUID.randomUUID().toString(), null, "[]", otherLifetime, Instant.now()));
        long expiring = deliveries.store(new Delivery(shortLived, null, "gateway", "alice", Instant.now())).id();
        long staying = deliveries.store(new Delivery(longLived, null, "gateway", "bob", Instant.now())).id();
        tx.commit();
        return new long[] {expiring, staying};
    }

    @Test
    void expiresWhatOutlivedItsLifetimeAndRecordsTheExecution() throws Exception {
        long[] ids = queue(Duration.ofSeconds(1), Duration.ofDays(1));
        Thread.sleep(1_200);

        long execution = schedule.start();
        assertTrue(execution > 0);
        Eventually.await("the job to finish", Duration.ofSeconds(60),
                () -> BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus() == BatchStatus.COMPLETED);

        Delivery expired = deliveries.find(ids[0]).orElseThrow();
        assertEquals(DeliveryStatus.EXPIRED, expired.status());
        assertTrue(expired.endedAt().isPresent());
        assertEquals(DeliveryStatus.QUEUED, deliveries.find(ids[1]).orElseThrow().status());
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
