package io.herald.web.tencent;

import io.herald.tencent.TimError;
import io.herald.tencent.TimException;
import io.herald.web.RequestOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the Tencent family, as the family renders it: HTTP 200 with ActionStatus FAIL. */
@Provider
public class TimExceptionMapper implements ExceptionMapper<TimException> {

    /** Tencent's "internal server error" code, for failures that are Herald's and not the caller's. */
    static final int INTERNAL_ERROR = Integer.parseInt(RequestOutcome.INTERNAL_TIM_CODE);

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(TimException e) {
        return fail(request, e.code(), e.info());
    }

    static Response fail(HttpServletRequest request, int code, String info) {
        RequestOutcome.error(request, String.valueOf(code));
        return TimEnvelope.fail(code, info);
    }

    /** Failures raised outside Herald's code (routing, method) or unexpected ones, in this family's terms. */
    public static Response forUnexpected(HttpServletRequest request, Throwable e) {
        if (e instanceof NotFoundException) {
            return fail(request, TimError.UNKNOWN_COMMAND.code(), TimError.UNKNOWN_COMMAND.info());
        }
        if (e instanceof NotAllowedException) {
            return fail(request, TimError.HTTP_PARSE_ERROR.code(), TimError.HTTP_PARSE_ERROR.info());
        }
        return fail(request, INTERNAL_ERROR, "internal server error");
    }
}
