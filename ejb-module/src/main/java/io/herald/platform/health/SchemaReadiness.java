package io.herald.platform.health;

import io.herald.platform.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        String version = migration.appliedVersion();
        return HealthCheckResponse.named("herald-schema")
                .status(version != null)
                .withData("version", String.valueOf(version))
                .build();
    }
}
