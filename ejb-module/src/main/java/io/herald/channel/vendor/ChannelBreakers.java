package io.herald.channel.vendor;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.Config;

/**
 * One circuit breaker per vendor endpoint: per channel, and per base URL where apps send to a proxy
 * of their own. When most recent sends to an endpoint time out or fail on its side, the breaker
 * opens and the channel stops calling it for a while: its batches go back to the broker's backoff at
 * once instead of each waiting out its timeout. A breaker is this node's view of the vendor; every
 * node forms its own.
 */
@ApplicationScoped
public class ChannelBreakers {

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

    /** The gauges' values, held here: the meter registry only keeps a weak reference to them. */
    private final Map<String, AtomicInteger> openFlags = new ConcurrentHashMap<>();

    @Inject
    Config config;

    @Inject
    MeterRegistry meters;

    public CircuitBreaker of(String channel, String endpoint) {
        String name = channel + " " + endpoint;
        return registry.find(name).orElseGet(() -> {
            CircuitBreaker breaker = registry.circuitBreaker(name, () -> configure(channel, name));
            watch(breaker);
            return breaker;
        });
    }

    private CircuitBreakerConfig configure(String channel, String name) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(setting(channel, "breaker.failure-rate", 50))
                .slidingWindowSize(setting(channel, "breaker.window", 20))
                .minimumNumberOfCalls(setting(channel, "breaker.minimum-calls", 10))
                .waitDurationInOpenState(Duration.ofSeconds(setting(channel, "breaker.open-seconds", 30)))
                .permittedNumberOfCallsInHalfOpenState(setting(channel, "breaker.trial-calls", 3))
                .build();
        AtomicInteger open = meters.gauge("herald.channel.breaker.open", Tags.of("channel", channel, "breaker", name), new AtomicInteger());
        openFlags.put(name, open);
        return breaker;
    }

    /** Keeps each breaker's gauge current: 1 while it is open. */
    private void watch(CircuitBreaker breaker) {
        breaker.getEventPublisher().onStateTransition(event ->
                openFlags.get(breaker.getName()).set(event.getStateTransition().getToState() == CircuitBreaker.State.OPEN ? 1 : 0));
    }

    private int setting(String channel, String name, int fallback) {
        return config.getOptionalValue("herald.channel." + channel + "." + name, Integer.class)
                .or(() -> config.getOptionalValue("herald.channel." + name, Integer.class))
                .orElse(fallback);
    }
}
