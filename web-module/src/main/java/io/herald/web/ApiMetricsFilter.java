package io.herald.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per API family, app and outcome ({@code herald_api_requests_total} in Prometheus).
 * Counters are kept once found: the registry's own lookup searches every meter, which cost more
 * than a sendmsg's database work under load.
 */
@Provider
@ApplicationScoped
public class ApiMetricsFilter implements ContainerResponseFilter {

    private record Labels(String api, String app, String code) {
    }

    @Inject
    MeterRegistry meters;

    private final Map<Labels, Counter> counters = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object app = request.getProperty(RequestOutcome.APP);
        Object code = request.getProperty(RequestOutcome.ERROR_CODE);
        Labels labels = new Labels(ApiFamily.of(request.getUriInfo().getPath()).tag(),
                app == null ? "none" : app.toString(), code == null ? "" : code.toString());
        counters.computeIfAbsent(labels, this::register).increment();
    }

    private Counter register(Labels labels) {
        return meters.counter("herald.api.requests",
                "api", labels.api(),
                "app", labels.app(),
                "outcome", labels.code().isEmpty() ? "ok" : "error",
                "code", labels.code());
    }
}
