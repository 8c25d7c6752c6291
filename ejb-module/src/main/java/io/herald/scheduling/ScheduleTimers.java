package io.herald.scheduling;

import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.schedule.PushScheduleRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One persistent single-action timer per schedule, set for its next pending firing; its info is the
 * schedule's row id. The timers live in the database timer store: they survive restarts, a firing
 * whose time passed while Herald was down fires at start-up (and is run or recorded as missed), and
 * in a cluster each fires on one node. Operators see them under this bean in the console.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduleTimers {

    private static final Logger LOG = Logger.getLogger(ScheduleTimers.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    PushScheduleRepository schedules;

    @Inject
    FiringRunner firings;

    /** A schedule with firings to come but no timer (its timer lost with a wiped timer store, say) gets one again. */
    @PostConstruct
    void armWhatHasNoTimer() {
        Set<Long> timed = timerService.getTimers().stream().map(Timer::getInfo).filter(Long.class::isInstance).map(Long.class::cast)
                .collect(Collectors.toSet());
        schedules.withPendingFirings().stream().filter(s -> !timed.contains(s.id())).forEach(s -> {
            LOG.info(() -> "Re-arming the timer of schedule " + s.uniqueId());
            arm(s);
        });
    }

    /** Sets the schedule's timer for its next pending firing, or removes it when none is left. */
    public void arm(PushSchedule schedule) {
        timerService.getTimers().stream().filter(t -> Objects.equals(t.getInfo(), schedule.id())).forEach(Timer::cancel);
        schedule.nextPending().ifPresent(next ->
                timerService.createSingleActionTimer(Date.from(next.plannedAt()), new TimerConfig(schedule.id(), true)));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void due(Timer timer) {
        long scheduleId = (Long) timer.getInfo();
        for (long firingId : firings.dueFirings(scheduleId)) {
            try {
                firings.fire(firingId);
            } catch (RuntimeException refused) {
                firings.recordFailure(firingId, refused);
            }
        }
        firings.rearm(scheduleId);
    }
}
