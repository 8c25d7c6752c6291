package io.herald.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Counts requests per API family, app and outcome ({@code herald_api_requests_total} in Prometheus). */
@Provider
public class ApiMetricsFilter implements ContainerResponseFilter {

    @Inject
    MeterRegistry meters;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object app = request.getProperty(RequestOutcome.APP);
        Object code = request.getProperty(RequestOutcome.ERROR_CODE);
        meters.counter("herald.api.requests",
                "api", ApiFamily.of(request.getUriInfo().getPath()).tag(),
                "app", app == null ? "none" : app.toString(),
                "outcome", code == null ? "ok" : "error",
                "code", code == null ? "" : code.toString()).increment();
    }
}
