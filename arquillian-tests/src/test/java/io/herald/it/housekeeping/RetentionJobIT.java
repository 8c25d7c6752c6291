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
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.housekeeping.HousekeepingSchedule;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.push.TaskOutcomes;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention job: deliveries and messages older than the retention (30 days by default) are
 * removed, what is newer stays, and a task's statistics read the same before and after.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionJobIT {

    private static final Instant NOW = Instant.now();
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(40));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-batch.jar").addClasses(RetentionJobIT.class, Eventually.class, Eventually.Condition.class, Herald.class);
        return ear;
    }

    @Inject
    HousekeepingSchedule schedule;

    @Inject
    AppRepository apps;

    @Inject
    PushTaskRepository tasks;

    @Inject
    MessageRepository messages;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    TaskOutcomes outcomes;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Test
    void oldRowsGoAndTheirCountsStay() throws Exception {
        transaction.begin();
        App app = apps.findBySdkAppId(Herald.BOOTSTRAP_SDKAPPID).orElseThrow();
        PushTask task = tasks.store(new PushTask(app, "ret-" + UUID.randomUUID(), PushKind.MULTIPLE, "retention", "{}", null, LONG_AGO));
        Message old = messages.store(Message.ofTask(task, app, "old-" + UUID.randomUUID(), "someone", "{}", Duration.ofDays(1), LONG_AGO));
        Delivery opened = deliveries.store(Delivery.toDevice(old, task, "gateway", "dt-a", LONG_AGO));
        opened.markSent(LONG_AGO);
        opened.markArrived(LONG_AGO);
        opened.markOpened(LONG_AGO);
        Delivery arrived = deliveries.store(Delivery.toDevice(old, task, "gateway", "dt-b", LONG_AGO));
        arrived.markArrived(LONG_AGO);
        Delivery neverLeft = deliveries.store(Delivery.toDevice(old, task, "apns", "dt-c", LONG_AGO));
        Message recent = messages.store(Message.ofTask(task, app, "new-" + UUID.randomUUID(), "someone", "{}", Duration.ofDays(1), NOW));
        Delivery kept = deliveries.store(Delivery.toDevice(recent, task, "gateway", "dt-d", NOW));
        Message roaming = messages.store(new Message(app, "roam-" + UUID.randomUUID(), "alice", "[]", Duration.ofDays(7), LONG_AGO));
        transaction.commit();
        Map<DeliveryStatus, Long> before = new EnumMap<>(Map.of(DeliveryStatus.OPENED, 1L, DeliveryStatus.ARRIVED, 1L, DeliveryStatus.QUEUED, 2L));
        assertEquals(before, outcomes.countByStatus(task));

        long execution = schedule.startRetention();
        assertTrue(execution > 0);
        Eventually.await("the retention job to finish", Duration.ofSeconds(60),
                () -> BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus() == BatchStatus.COMPLETED);

        em.clear();
        assertTrue(deliveries.find(opened.id()).isEmpty());
        assertTrue(deliveries.find(arrived.id()).isEmpty());
        assertTrue(deliveries.find(neverLeft.id()).isEmpty());
        assertTrue(deliveries.find(kept.id()).isPresent(), "a delivery within the retention stays");
        assertTrue(em.find(Message.class, old.id()) == null, "a message past the retention with no deliveries left goes");
        assertTrue(em.find(Message.class, roaming.id()) == null, "roaming history past the retention goes");
        assertTrue(em.find(Message.class, recent.id()) != null);
        Map<DeliveryStatus, Long> after = new EnumMap<>(Map.of(DeliveryStatus.OPENED, 1L, DeliveryStatus.ARRIVED, 1L,
                DeliveryStatus.EXPIRED, 1L, DeliveryStatus.QUEUED, 1L));
        assertEquals(after, outcomes.countByStatus(tasks.find(app, task.taskId()).orElseThrow()),
                "the same deliveries counted, the one that never left as expired");
    }
}
