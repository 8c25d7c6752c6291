package io.herald.device;

/** The device API's refusals: a code for the body {@code {"code","message"}} and the HTTP status. */
public enum DeviceApiError {
    INVALID_DEVICE_KEY("InvalidDeviceKey", 401),
    INVALID_DEVICE_CREDENTIALS("InvalidDeviceCredentials", 401),
    APP_DISABLED("AppDisabled", 403),
    UNKNOWN_DELIVERY("UnknownDelivery", 404),
    NOT_FOUND("NotFound", 404),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
    INVALID_REQUEST("InvalidRequest", 400),
    INTERNAL_ERROR("InternalError", 500);

    private final String code;
    private final int status;

    DeviceApiError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public DeviceApiException exception(String message) {
        return new DeviceApiException(this, message);
    }
}
