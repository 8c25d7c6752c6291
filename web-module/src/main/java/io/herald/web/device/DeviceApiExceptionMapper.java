package io.herald.web.device;

import static io.herald.platform.Jsonp.JSON;

import io.herald.device.DeviceApiError;
import io.herald.device.DeviceApiException;
import io.herald.web.RequestOutcome;
import io.herald.web.UnreadableBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the device API as {@code {"code","message"}} with its HTTP status. */
@Provider
public class DeviceApiExceptionMapper implements ExceptionMapper<DeviceApiException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(DeviceApiException e) {
        return render(request, e.error(), e.getMessage());
    }

    /** Routing failures, unreadable bodies and unexpected errors, in the device API's terms. */
    public static Response forUnexpected(HttpServletRequest request, Throwable e) {
        if (e instanceof DeviceApiException refused) {
            return render(request, refused.error(), refused.getMessage());
        }
        if (e instanceof NotFoundException) {
            return render(request, DeviceApiError.NOT_FOUND, "no such resource");
        }
        if (e instanceof NotAllowedException) {
            return render(request, DeviceApiError.METHOD_NOT_ALLOWED, "method not allowed");
        }
        if (e instanceof BadRequestException || e instanceof NotSupportedException || UnreadableBody.isCauseOf(e)) {
            return render(request, DeviceApiError.INVALID_REQUEST, "the body is not a valid JSON request");
        }
        return render(request, DeviceApiError.INTERNAL_ERROR, "internal error");
    }

    private static Response render(HttpServletRequest request, DeviceApiError error, String message) {
        RequestOutcome.error(request, error.code());
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("code", error.code()).add("message", message).build().toString())
                .build();
    }
}
