package io.herald.scheduling;

import io.herald.domain.app.App;
import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.schedule.PushScheduleRepository;
import io.herald.domain.schedule.ScheduledFiring;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes and cancels schedules. Each schedule gets a 32-hex-digit id, as do the firings of a
 * recurring one; an app may have at most {@code herald.schedule.max-pending-per-app} (100)
 * schedules with firings still to come.
 */
@Stateless
public class PushScheduler {

    @Inject
    PushScheduleRepository schedules;

    @Inject
    ScheduleTimers timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "herald.schedule.max-pending-per-app", defaultValue = "100")
    int maxPendingPerApp;

    /** @return the schedule's id */
    public String schedule(App app, NewSchedule request) {
        if (schedules.countWithPendingFirings(app) >= maxPendingPerApp) {
            throw new ScheduleRefused("the app already has " + maxPendingPerApp + " scheduled pushes that have not run");
        }
        Instant now = clock.instant();
        PushSchedule schedule;
        try {
            schedule = request.recurrence() == null
                    ? PushSchedule.fixed(app, newId(), request.summary(), request.pushRequest(), request.lifetime(), request.fixedTime(), now)
                    : PushSchedule.recurring(app, newId(), request.summary(), request.pushRequest(), request.lifetime(), request.recurrence(),
                            PushScheduler::newId, now);
        } catch (IllegalArgumentException e) {
            throw new ScheduleRefused(e.getMessage());
        }
        schedules.store(schedule);
        timers.arm(schedule);
        return schedule.uniqueId();
    }

    /**
     * Cancels what has not run yet: by schedule ids (every firing still to come) or by firing ids.
     * @return for each id as given, whether something was cancelled
     */
    public Map<String, Boolean> cancel(App app, List<String> ids, boolean firingIds) {
        Instant now = clock.instant();
        Map<String, Boolean> outcome = new LinkedHashMap<>();
        for (String id : ids) {
            boolean cancelled;
            if (firingIds) {
                ScheduledFiring firing = schedules.findFiring(app, id).orElse(null);
                cancelled = firing != null && firing.cancel(now);
                if (cancelled) {
                    timers.arm(firing.schedule());
                }
            } else {
                PushSchedule schedule = schedules.findByUniqueId(app, id).orElse(null);
                cancelled = schedule != null && schedule.cancel(now);
                if (cancelled) {
                    timers.arm(schedule);
                }
            }
            outcome.put(id, cancelled);
        }
        return outcome;
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
