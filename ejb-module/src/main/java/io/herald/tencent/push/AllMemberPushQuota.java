package io.herald.tencent.push;

import io.herald.domain.app.App;
import io.herald.tencent.TimError;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The app's pushes of the day (100 unless the app sets its own; 90047 beyond) and the least time
 * between two pushes (more than 1 s unless the app sets its own; 90024 sooner), counted in the
 * {@code rate-counters} cache so that every node of a cluster counts against one quota. A refused
 * push does not count.
 */
@ApplicationScoped
public class AllMemberPushQuota {

    static final int DEFAULT_DAILY_LIMIT = 100;
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    @Resource(lookup = "java:jboss/infinispan/cache/herald/rate-counters")
    Cache<String, Integer> counters;

    @Inject
    Clock clock;

    public void admit(App app) {
        String today = "push-day|" + app.id() + "|" + LocalDate.ofInstant(clock.instant(), app.timeZone());
        int limit = app.pushDailyLimit().orElse(DEFAULT_DAILY_LIMIT);
        Integer used = counters.get(today);
        if (used != null && used >= limit) {
            throw TimError.PUSH_DAILY_LIMIT.exception();
        }
        long interval = app.pushInterval().orElse(DEFAULT_INTERVAL).toMillis();
        if (interval > 0 && counters.putIfAbsent("push-gap|" + app.id(), 1, interval, TimeUnit.MILLISECONDS) != null) {
            throw TimError.PUSH_TOO_FREQUENT.exception();
        }
        counters.merge(today, 1, Integer::sum, 2, TimeUnit.DAYS);
    }
}
