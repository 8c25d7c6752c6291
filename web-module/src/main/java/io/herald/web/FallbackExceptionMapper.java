package io.herald.web;

import io.herald.web.admin.AdminExceptionMapper;
import io.herald.web.device.DeviceApiExceptionMapper;
import io.herald.web.mpaas.MpaasExceptionMapper;
import io.herald.web.tencent.TimExceptionMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The safety net: whatever was not refused by a family's own rules (routing failures, bad methods,
 * bugs) is still answered in the envelope of the family the path belongs to — never an HTML page or
 * a stack trace. Client mistakes are logged at FINE, Herald's own failures at SEVERE.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Response response = switch (ApiFamily.of(path)) {
            case TENCENT -> TimExceptionMapper.forUnexpected(request, cause);
            case ADMIN -> AdminExceptionMapper.forUnexpected(request, cause);
            case MPAAS -> MpaasExceptionMapper.forUnexpected(request, cause);
            case DEVICE -> DeviceApiExceptionMapper.forUnexpected(request, cause);
        };
        if (RequestOutcome.isInternalError(request, response.getStatus())) {
            LOG.log(Level.SEVERE, "failed " + request.getMethod() + " " + request.getRequestURI(), cause);
        } else {
            LOG.log(Level.FINE, "refused {0} {1}: {2}", new Object[] {request.getMethod(), request.getRequestURI(), cause.toString()});
        }
        return response;
    }

    /** EJB calls wrap what they throw; the family mappers judge the original. */
    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof jakarta.ejb.EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
