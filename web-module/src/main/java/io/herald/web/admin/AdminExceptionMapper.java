package io.herald.web.admin;

import static io.herald.platform.Jsonp.JSON;

import io.herald.app.AppRegistryException;
import io.herald.web.RequestOutcome;
import io.herald.web.UnreadableBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the admin API as {@code {"code","message"}} with its HTTP status. */
@Provider
public class AdminExceptionMapper implements ExceptionMapper<AdminException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(AdminException e) {
        return render(request, e.error(), e.getMessage());
    }

    /** Registry refusals, routing failures and unexpected errors, in the admin API's terms. */
    public static Response forUnexpected(HttpServletRequest request, Throwable e) {
        if (e instanceof AppRegistryException refused) {
            return render(request, AdminError.of(refused.reason()), refused.getMessage());
        }
        if (e instanceof NotFoundException) {
            return render(request, AdminError.NOT_FOUND, "no such resource");
        }
        if (e instanceof NotAllowedException) {
            return render(request, AdminError.METHOD_NOT_ALLOWED, "method not allowed");
        }
        if (e instanceof BadRequestException || UnreadableBody.isCauseOf(e)) {
            return render(request, AdminError.INVALID_REQUEST, "the body is not a valid JSON request");
        }
        return render(request, AdminError.INTERNAL_ERROR, "internal error");
    }

    static Response render(HttpServletRequest request, AdminError error, String message) {
        RequestOutcome.error(request, error.code());
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("code", error.code()).add("message", message).build().toString());
        if (error == AdminError.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Herald\"");
        }
        return response.build();
    }
}
