package io.herald.device;

import jakarta.ejb.ApplicationException;

/** A refusal of the device API; nothing the call did is kept. */
@ApplicationException(rollback = true)
public class DeviceApiException extends RuntimeException {

    private final DeviceApiError error;

    public DeviceApiException(DeviceApiError error, String message) {
        super(message);
        this.error = error;
    }

    public DeviceApiError error() {
        return error;
    }
}
