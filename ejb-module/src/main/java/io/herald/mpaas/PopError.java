package io.herald.mpaas;

/**
 * POP protocol errors, with the HTTP status and message text Alibaba's gateway uses. Append only.
 * {@code %s} in a message is filled with the parameter or value concerned.
 */
public enum PopError {
    MISSING_PARAMETER("MissingParameter", 400, "The input parameter \"%s\" that is mandatory for processing this request is not supplied."),
    INVALID_PARAMETER("InvalidParameter", 400, "The specified parameter is not valid: %s."),
    ACCESS_KEY_NOT_FOUND("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found."),
    ACCESS_KEY_INACTIVE("InvalidAccessKeyId.Inactive", 400, "Specified access key is disabled."),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 400, "Specified signature is not matched with our calculation. server string to sign is:%s"),
    INCOMPLETE_SIGNATURE("IncompleteSignature", 400, "The request signature does not conform to Aliyun standards: %s."),
    SIGNATURE_NONCE_USED("SignatureNonceUsed", 400, "Specified signature nonce was used already."),
    TIMESTAMP_EXPIRED("InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired."),
    TIMESTAMP_FORMAT("InvalidTimeStamp.Format", 400, "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied."),
    INVALID_VERSION("InvalidVersion", 400, "Specified parameter Version is not valid."),
    INVALID_ACTION("InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method."),
    INTERNAL_ERROR("InternalError", 500, "The request processing has failed due to some unknown error.");

    private final String code;
    private final int httpStatus;
    private final String message;

    PopError(String code, int httpStatus, String message) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public PopException exception(Object... details) {
        return new PopException(this, String.format(message, details));
    }
}
