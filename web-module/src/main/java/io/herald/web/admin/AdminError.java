package io.herald.web.admin;

import io.herald.app.AppRegistryException;

/** The admin API's error codes and statuses; the body is {@code {"code","message"}}. */
public enum AdminError {
    UNAUTHENTICATED("Unauthenticated", 401),
    FORBIDDEN("Forbidden", 403),
    NOT_FOUND("NotFound", 404),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
    CONFLICT("Conflict", 409),
    INVALID_REQUEST("InvalidRequest", 400),
    INTERNAL_ERROR("InternalError", 500);

    private final String code;
    private final int status;

    AdminError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public AdminException exception(String message) {
        return new AdminException(this, message);
    }

    static AdminError of(AppRegistryException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case INVALID -> INVALID_REQUEST;
        };
    }
}
