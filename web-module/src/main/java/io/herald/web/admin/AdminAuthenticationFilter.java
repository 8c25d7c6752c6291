package io.herald.web.admin;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic authentication against WildFly's application security domain (users made with
 * {@code add-user.sh -a ... -g herald-admin}). Done here rather than by a web.xml constraint so that
 * a refusal is JSON like every other answer, not the container's HTML error page.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthenticationFilter implements ContainerRequestFilter {

    static final String ROLE = "herald-admin";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw AdminError.UNAUTHENTICATED.exception("credentials are required");
        }
        String[] credentials = decode(header.substring(6).trim());
        try {
            servletRequest.login(credentials[0], credentials[1]);
        } catch (ServletException e) {
            throw AdminError.UNAUTHENTICATED.exception("unknown user or wrong password");
        }
        if (!servletRequest.isUserInRole(ROLE)) {
            throw AdminError.FORBIDDEN.exception("role " + ROLE + " is required");
        }
    }

    private static String[] decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw AdminError.UNAUTHENTICATED.exception("malformed Basic credentials");
            }
            return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw AdminError.UNAUTHENTICATED.exception("malformed Basic credentials");
        }
    }
}
