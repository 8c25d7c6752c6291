package io.herald.tencent;

import jakarta.ejb.ApplicationException;

/**
 * A request the Tencent family refuses; rendered as HTTP 200 with ActionStatus FAIL. Most carry one
 * of Herald's {@link TimError}s; a refusal passed through from the app's own callback carries the
 * app's code and text.
 */
@ApplicationException(rollback = true)
public class TimException extends RuntimeException {

    private final int code;
    private final String info;

    public TimException(TimError error) {
        this(error.code(), error.info());
    }

    public TimException(int code, String info) {
        super(code + " " + info, null, false, false);
        this.code = code;
        this.info = info;
    }

    public int code() {
        return code;
    }

    public String info() {
        return info;
    }
}
