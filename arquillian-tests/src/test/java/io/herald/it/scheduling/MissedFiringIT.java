package io.herald.it.scheduling;

import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.push.PushKind;
import io.herald.domain.schedule.FiringStatus;
import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.schedule.PushScheduleRepository;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.scheduling.NewSchedule;
import io.herald.scheduling.PushScheduler;
import io.herald.scheduling.ScheduleTimers;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A firing whose time passed while Herald was not running: its timer fires as soon as it can, and
 * the push is recorded as missed instead of being sent after its message would have expired.
 */
@ExtendWith(ArquillianExtension.class)
class MissedFiringIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-ejb.jar").addClasses(MissedFiringIT.class, Eventually.class, Eventually.Condition.class, Herald.class);
        return ear;
    }

    @Inject
    PushScheduler scheduler;

    @Inject
    ScheduleTimers timers;

    @Inject
    AppRepository apps;

    @Inject
    PushScheduleRepository schedules;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Test
    void aFiringPastItsMessagesLifetimeIsRecordedAsMissed() throws Exception {
        transaction.begin();
        App app = apps.findBySdkAppId(Herald.BOOTSTRAP_SDKAPPID).orElseThrow();
        String request = "{\"Action\":\"PushSimple\",\"TaskName\":\"missed\",\"Title\":\"late\",\"Content\":\"too late\",\"DeliveryType\":\"1\","
                + "\"TargetMsgkey\":\"{\\\"some-device\\\":\\\"k\\\"}\",\"ExpiredSeconds\":\"60\"}";
        String id = scheduler.schedule(app, new NewSchedule(new PushSchedule.Summary(PushKind.SIMPLE, 1, "late", "too late"), request,
                Duration.ofSeconds(60), Instant.now().plus(Duration.ofHours(1)), null));
        transaction.commit();

        // As if Herald had been down since two hours before the firing's time: its timer is due at once.
        transaction.begin();
        PushSchedule schedule = schedules.findByUniqueId(app, id).orElseThrow();
        em.createQuery("update ScheduledFiring f set f.plannedAt = :past where f.schedule = :schedule")
                .setParameter("past", Instant.now().minus(Duration.ofHours(2)))
                .setParameter("schedule", schedule)
                .executeUpdate();
        em.refresh(schedule.firings().get(0));
        timers.arm(schedule);
        transaction.commit();

        Eventually.await("the firing recorded as missed", Duration.ofSeconds(30), () -> status(app, id) == FiringStatus.MISSED);
    }

    private FiringStatus status(App app, String id) {
        em.clear();
        return schedules.findFiring(app, id).orElseThrow().status();
    }
}
