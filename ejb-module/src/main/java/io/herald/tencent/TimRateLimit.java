package io.herald.tencent;

import io.herald.domain.app.App;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * An app's REST calls per second, counted in the {@code rate-counters} cache (one counter per app
 * and second, gone two seconds later), so that every node of a cluster counts against one limit.
 * A call over the limit is refused at once with 60011 rather than queued.
 */
@ApplicationScoped
public class TimRateLimit {

    @Resource(lookup = "java:jboss/infinispan/cache/herald/rate-counters")
    Cache<String, Integer> counters;

    @Inject
    Clock clock;

    public void admit(App app) {
        app.callsPerSecond().ifPresent(limit -> {
            String key = "tim|" + app.sdkAppId() + "|" + clock.instant().getEpochSecond();
            int calls = counters.merge(key, 1, Integer::sum, 2, TimeUnit.SECONDS);
            if (calls > limit) {
                throw TimError.APP_RATE_LIMITED.exception();
            }
        });
    }
}
