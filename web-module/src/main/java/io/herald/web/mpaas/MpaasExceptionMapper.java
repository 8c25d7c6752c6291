package io.herald.web.mpaas;

import io.herald.mpaas.MpaasRefusal;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsException;
import io.herald.mpaas.PopError;
import io.herald.mpaas.PopException;
import io.herald.web.RequestOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every refusal of the mPaaS family: protocol errors as POP renders them (HTTP 4xx/5xx, Code and
 * Message), business result codes as MPS does (HTTP 200 in the action's envelope, which Alibaba's
 * SDKs return to the caller without throwing).
 */
@Provider
public class MpaasExceptionMapper implements ExceptionMapper<MpaasRefusal> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(MpaasRefusal e) {
        if (e instanceof MpsException refused) {
            RequestOutcome.error(request, refused.error().code());
            return PopEnvelope.ok(PopEnvelope.newRequestId(), MpsAnswers.refusal(refused.envelope(), refused.error(), refused.getMessage()));
        }
        PopException protocol = (PopException) e;
        return error(request, protocol.error(), protocol.getMessage());
    }

    static Response error(HttpServletRequest request, PopError error, String message) {
        RequestOutcome.error(request, error.code());
        return PopEnvelope.error(error, message, hostId(request));
    }

    /** Failures raised outside Herald's code (unknown path or method) or unexpected ones, in this family's terms. */
    public static Response forUnexpected(HttpServletRequest request, Throwable e) {
        if (e instanceof NotFoundException || e instanceof NotAllowedException) {
            PopException refused = PopError.INVALID_ACTION.exception();
            return error(request, refused.error(), refused.getMessage());
        }
        PopException internal = PopError.INTERNAL_ERROR.exception();
        return error(request, internal.error(), internal.getMessage());
    }

    private static String hostId(HttpServletRequest request) {
        return request.getServerName();
    }
}
