package io.herald.housekeeping;

import io.herald.domain.app.App;
import io.herald.domain.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an app's finished deliveries and its messages are kept: the app's own setting or
 * {@code herald.retention.days} (30). A delivery still on its way is kept as long as its message
 * may live, whatever the retention.
 */
@ApplicationScoped
public class RetentionPolicy {

    @Inject
    @ConfigProperty(name = "herald.retention.days", defaultValue = "30")
    int defaultDays;

    public Instant cutoff(App app, Instant now) {
        return now.minus(Duration.ofDays(app.retentionDays().orElse(defaultDays)));
    }

    public Instant beyondAnyLifetime(Instant now) {
        return now.minus(Message.MAX_LIFETIME);
    }
}
