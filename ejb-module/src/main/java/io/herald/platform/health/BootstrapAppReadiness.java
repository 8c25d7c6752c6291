package io.herald.platform.health;

import io.herald.app.BootstrapApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class BootstrapAppReadiness implements HealthCheck {

    @Inject
    BootstrapApp bootstrap;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("herald-bootstrap-app")
                .status(bootstrap.appId().isPresent())
                .build();
    }
}
