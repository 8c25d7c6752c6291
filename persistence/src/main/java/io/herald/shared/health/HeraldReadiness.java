package io.herald.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Carries Herald's readiness checks to {@code /health/ready}. WildFly's MicroProfile Health only
 * registers checks it finds in the EAR's library (checks in EAR subdeployments are not supported,
 * WFLY-12835), and it calls them with the deployment's class loader as context; from there this
 * bean looks up the {@code @Readiness} checks the EJB module defines and answers for all of them.
 * Finding none is reported as DOWN, never as UP.
 */
@Readiness
@ApplicationScoped
public class HeraldReadiness implements HealthCheck {

    static final String NAME = "herald";

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        List<HealthCheckResponse> results = new ArrayList<>();
        Instance<HealthCheck> checks = CDI.current().select(HealthCheck.class, Readiness.Literal.INSTANCE);
        for (Instance.Handle<HealthCheck> handle : checks.handles()) {
            if (handle.getBean().getBeanClass() != HeraldReadiness.class) {
                results.add(handle.get().call());
            }
        }
        if (results.isEmpty()) {
            return response.down().withData("checks", "none of Herald's readiness checks could be found").build();
        }
        for (HealthCheckResponse result : results) {
            response.withData(result.getName(), result.getStatus().name());
            result.getData().ifPresent(data -> data.forEach((key, value) -> response.withData(result.getName() + "." + key, String.valueOf(value))));
            if (result.getStatus() == HealthCheckResponse.Status.DOWN) {
                response.down();
            }
        }
        return response.build();
    }
}
