package io.herald.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code herald.deliveries}: deliveries by channel and outcome (sent, waiting, retry, ...), the send rate per channel. */
@ApplicationScoped
public class DeliveryCounters {

    @Inject
    MeterRegistry meters;

    /** The counters, found once: the registry's lookup searches every meter it holds. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public void count(String channel, String outcome, int deliveryCount) {
        if (deliveryCount > 0) {
            counters.computeIfAbsent(channel + "|" + outcome, key -> meters.counter("herald.deliveries", "channel", channel, "outcome", outcome))
                    .increment(deliveryCount);
        }
    }
}
