package io.herald.platform.health;

import io.herald.dispatch.ChannelQueues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Every channel queue the server configuration defines can be opened. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    /** The channels whose queues herald.cli creates. */
    static final List<String> CHANNEL_QUEUES = List.of("gateway", "apns", "fcm", "huawei", "honor", "xiaomi", "oppo", "vivo", "harmony", "sms");

    /** A plain connection factory: health checks run on a management thread, without the deployment's java:comp. */
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connections;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("herald-channel-queues").up();
        try (JMSContext jms = connections.createContext()) {
            for (String channel : CHANNEL_QUEUES) {
                try (QueueBrowser browser = jms.createBrowser(jms.createQueue(ChannelQueues.queueName(channel)))) {
                    browser.getEnumeration();
                    response.withData(channel, "reachable");
                } catch (JMSRuntimeException | JMSException e) {
                    response.down().withData(channel, String.valueOf(e.getMessage()));
                }
            }
        } catch (JMSRuntimeException e) {
            response.down().withData("broker", String.valueOf(e.getMessage()));
        }
        return response.build();
    }
}
