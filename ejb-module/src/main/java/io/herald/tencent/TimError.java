package io.herald.tencent;

/**
 * The Tencent IM error codes Herald answers with, and their ErrorInfo texts. Append only: a code,
 * once published, keeps its meaning.
 */
public enum TimError {
    HTTP_PARSE_ERROR(60002, "HTTP parse error: REST API calls must be POST requests to /v4/{servicename}/{command}"),
    MISSING_IDENTIFIER_OR_USERSIG(60004, "identifier or usersig is missing from the request URL"),
    UNKNOWN_COMMAND(60009, "request resource error: unknown servicename or command in the request URL"),
    MISSING_SDKAPPID(60012, "REST API requests must carry the SDKAppID; check sdkappid in the request URL"),
    SDKAPPID_DISABLED(60016, "the SDKAppID is disabled"),
    USERSIG_EXPIRED(70001, "UserSig has expired; generate a new one"),
    USERSIG_EMPTY(70002, "UserSig length is 0"),
    USERSIG_INVALID(70003, "UserSig is invalid: it could not be decoded, check whether it was truncated"),
    USERSIG_KEY_MISMATCH(70009, "UserSig verification failed: it was not generated with this SDKAppID's secret key"),
    USERSIG_IDENTIFIER_MISMATCH(70013, "the UserID in the request does not match the UserID the UserSig was generated for"),
    USERSIG_SDKAPPID_MISMATCH(70014, "the SDKAppID in the request does not match the SDKAppID the UserSig was generated for"),
    SDKAPPID_NOT_FOUND(70020, "SDKAppID not found"),
    USERSIG_TOO_MANY_FAILURES(70050, "too many failed UserSig verifications; check the UserSig and retry in 1 minute"),
    ACCOUNT_NOT_FOUND(70107, "Err_TLS_PT_Open_Login_Account_Not_Exist"),
    ACCOUNT_INVALID_PARAMETER(70402, "invalid parameter: check that the required fields are present and meet the protocol"),
    ACCOUNT_ADMIN_REQUIRED(70403, "the request requires App administrator permission"),
    JSON_PARSE_ERROR(90001, "Fail to Parse json data of body, Please check it");

    private final int code;
    private final String info;

    TimError(int code, String info) {
        this.code = code;
        this.info = info;
    }

    public int code() {
        return code;
    }

    public String info() {
        return info;
    }

    public TimException exception() {
        return new TimException(this);
    }
}
