package io.herald.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.infinispan.Cache;

/** Herald's Infinispan caches are started. */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/infinispan/cache/herald/verified-signatures")
    Cache<?, ?> verifiedSignatures;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/signature-failures")
    Cache<?, ?> signatureFailures;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/rate-counters")
    Cache<?, ?> rateCounters;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/pop-nonces")
    Cache<?, ?> popNonces;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/audience-index")
    Cache<?, ?> audienceIndex;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/known-accounts")
    Cache<?, ?> knownAccounts;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("herald-caches").up();
        for (Cache<?, ?> cache : new Cache<?, ?>[] {verifiedSignatures, signatureFailures, rateCounters, popNonces, audienceIndex, knownAccounts}) {
            // The cache manager's view, since WildFly's org.infinispan module does not export the lifecycle types.
            boolean running = cache.getCacheManager().isRunning(cache.getName());
            response.withData(cache.getName(), running ? "running" : "not running");
            if (!running) {
                response.down();
            }
        }
        return response.build();
    }
}
