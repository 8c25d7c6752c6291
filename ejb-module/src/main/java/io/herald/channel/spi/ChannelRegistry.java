package io.herald.channel.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The channels Herald has, by name. {@code herald.channels.enabled} lists the channels this
 * installation is expected to deliver through; each of them must be present and ready.
 */
@ApplicationScoped
public class ChannelRegistry {

    @Inject
    @Any
    Instance<DeliveryChannel> channels;

    @Inject
    @ConfigProperty(name = "herald.channels.enabled")
    Optional<List<String>> enabled;

    public Optional<DeliveryChannel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Map<String, ChannelReadiness> readinessOfEnabled() {
        Map<String, ChannelReadiness> result = new LinkedHashMap<>();
        for (String name : enabled.orElse(List.of())) {
            result.put(name, channel(name).map(DeliveryChannel::readiness)
                    .orElseGet(() -> ChannelReadiness.notReady("no channel implementation is deployed under this name")));
        }
        return result;
    }
}
