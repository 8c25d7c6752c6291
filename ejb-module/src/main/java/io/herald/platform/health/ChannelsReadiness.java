package io.herald.platform.health;

import io.herald.channel.spi.ChannelReadiness;
import io.herald.channel.spi.ChannelRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** A misconfigured channel fails readiness instead of failing silently when the first push arrives. */
@Readiness
@ApplicationScoped
public class ChannelsReadiness implements HealthCheck {

    @Inject
    ChannelRegistry channels;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("herald-channels").up();
        for (Map.Entry<String, ChannelReadiness> channel : channels.readinessOfEnabled().entrySet()) {
            response.withData(channel.getKey(), channel.getValue().detail());
            if (!channel.getValue().ready()) {
                response.down();
            }
        }
        return response.build();
    }
}
