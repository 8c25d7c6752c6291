package io.herald.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What resources and exception mappers note on a request for the metrics filter: the app it was for
 * and the family's error code, if any.
 */
public final class RequestOutcome {

    static final String APP = "herald.app";
    static final String ERROR_CODE = "herald.error-code";
    public static final String INTERNAL_TIM_CODE = "70500";

    private RequestOutcome() {
    }

    public static void app(HttpServletRequest request, String appTag) {
        request.setAttribute(APP, appTag);
    }

    public static void error(HttpServletRequest request, String code) {
        request.setAttribute(ERROR_CODE, code);
    }

    /** Herald's own failure rather than the caller's: a 5xx, or the Tencent family's internal-error code (always HTTP 200). */
    public static boolean isInternalError(HttpServletRequest request, int status) {
        return status >= 500 || INTERNAL_TIM_CODE.equals(request.getAttribute(ERROR_CODE));
    }
}
