package io.herald.scheduling;

import io.herald.domain.schedule.PushScheduleRepository;
import io.herald.domain.schedule.ScheduledFiring;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs the firings whose time has come, each in a transaction of its own: the push and the
 * firing's outcome commit together, and a push refused now is recorded as the firing's failure.
 * A firing whose message would already have expired (Herald was down past its lifetime) is recorded
 * as missed instead of being sent late.
 */
@Stateless
public class FiringRunner {

    private static final Logger LOG = Logger.getLogger(FiringRunner.class.getName());

    @Inject
    PushScheduleRepository schedules;

    @Inject
    ScheduledPushRunner runner;

    @Inject
    ScheduleTimers timers;

    @Inject
    Clock clock;

    public List<Long> dueFirings(long scheduleId) {
        Instant now = clock.instant();
        return schedules.find(scheduleId).map(s -> s.dueAt(now).stream().map(ScheduledFiring::id).toList()).orElse(List.of());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fire(long firingId) {
        ScheduledFiring firing = schedules.lockFiring(firingId).filter(ScheduledFiring::isPending).orElse(null);
        if (firing == null) {
            return;
        }
        Instant now = clock.instant();
        if (!firing.isStillDeliverableAt(now)) {
            firing.missed(now);
            LOG.warning(() -> "Scheduled push " + firing.uniqueId() + " of " + firing.plannedAt() + " missed: Herald was not running then");
            return;
        }
        String taskId = runner.run(firing.schedule().app(), firing.schedule().pushRequest());
        firing.executed(taskId, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long firingId, RuntimeException refusal) {
        Throwable cause = refusal instanceof EJBException && refusal.getCause() != null ? refusal.getCause() : refusal;
        schedules.lockFiring(firingId).filter(ScheduledFiring::isPending).ifPresent(firing -> {
            firing.failed(cause.getMessage() == null ? cause.toString() : cause.getMessage(), clock.instant());
            LOG.warning(() -> "Scheduled push " + firing.uniqueId() + " refused when it ran: " + firing.failureReason().orElse(""));
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rearm(long scheduleId) {
        schedules.find(scheduleId).ifPresent(timers::arm);
    }
}
