package io.herald.tencent;

/**
 * The Tencent IM error codes Herald answers with, and their ErrorInfo texts. Append only: a code,
 * once published, keeps its meaning.
 */
public enum TimError {
    REQUEST_INVALID(20001, "invalid request packet"),
    SENDER_OR_RECIPIENT_UNKNOWN(20003, "the sender or recipient UserID is invalid or does not exist; check that it was imported"),
    CALLBACK_DENIED(20006, "the app backend's before-send callback refused the message"),
    WITHDRAW_MESSAGE_NOT_FOUND(20022, "the message to withdraw does not exist"),
    WITHDRAW_ALREADY_WITHDRAWN(20023, "the message has already been withdrawn"),
    HTTP_PARSE_ERROR(60002, "HTTP parse error: REST API calls must be POST requests to /v4/{servicename}/{command}"),
    MISSING_IDENTIFIER_OR_USERSIG(60004, "identifier or usersig is missing from the request URL"),
    UNKNOWN_COMMAND(60009, "request resource error: unknown servicename or command in the request URL"),
    APP_RATE_LIMITED(60011, "the SDKAppID's request rate is over its limit; slow down"),
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
    CALLBACK_FAILED(80003, "the before-send callback failed or timed out, and the app delivers nothing then"),
    JSON_PARSE_ERROR(90001, "Fail to Parse json data of body, Please check it"),
    MSG_BODY_INVALID(90002, "MsgBody does not follow the message format description, or is not an Array"),
    TO_ACCOUNT_MISSING(90003, "To_Account is missing or is not a String"),
    MSG_SEQ_INVALID(90004, "MsgSeq is not a valid Integer"),
    MSG_RANDOM_MISSING(90005, "MsgRandom is missing or is not an Integer"),
    MSG_TIMESTAMP_INVALID(90006, "MsgTimeStamp is not an Integer"),
    MSG_BODY_NOT_ARRAY(90007, "MsgBody is not an Array"),
    FROM_ACCOUNT_INVALID(90008, "From_Account is missing or does not exist"),
    MESSAGE_ADMIN_REQUIRED(90009, "the request requires App administrator permission"),
    MSG_ELEMENT_INVALID(90010, "the request does not follow the message format description (TIMMsgElement)"),
    TOO_MANY_RECIPIENTS(90011, "more than 500 To_Account in one batch"),
    TO_ACCOUNT_NOT_FOUND(90012, "To_Account is not imported or does not exist"),
    TOO_MANY_TASK_IDS(90014, "more task ids than one push report may ask for (500)"),
    TOO_MANY_ACCOUNTS(90018, "the request names more accounts than allowed"),
    TAG_INVALID(90020, "a tag is longer than 50 bytes, or the condition is not made of strings"),
    TAG_IN_BOTH_CONDITIONS(90022, "TagsOr and TagsAnd of the push condition name the same tag"),
    PUSH_TOO_FREQUENT(90024, "pushes too frequent: two pushes must be more than 1 second apart"),
    PUSH_TASK_EXISTS(90025, "the push task exists: different pushes of one day need different MsgRandom"),
    PUSH_CONDITION_INVALID(90027, "the push condition is invalid; check the Condition field"),
    ATTRIBUTE_LENGTH_INVALID(90030, "an attribute name or value is empty or longer than 50 bytes"),
    TOO_MANY_TAGS(90032, "more than 10 tags in the push condition or in one add request, or more than 100 on an account"),
    ATTRIBUTE_INVALID(90033, "invalid attribute: not one of the app's attribute names, or not a slot 0 to 9"),
    MSG_LIFETIME_INVALID(90026, "invalid offline storage time (at most 7 days)"),
    SYNC_OTHER_MACHINE_INVALID(90031, "SyncOtherMachine is not an Integer"),
    TAGS_AND_ATTRIBUTES(90039, "a push selects by attributes or by tags, not both"),
    TAG_EMPTY(90040, "a tag of the push condition is empty"),
    OFFLINE_PUSH_INVALID(90043, "OfflinePushInfo does not follow its format"),
    MSG_LIFETIME_NOT_INTEGER(90044, "MsgLifeTime is not an Integer"),
    ALL_MEMBER_PUSH_OFF(90045, "all-member push is not enabled for this app"),
    PUSH_DAILY_LIMIT(90047, "the app's pushes for today are used up"),
    MSG_KEY_INVALID(90054, "the MsgKey of the withdraw request is invalid"),
    MESSAGE_TOO_LARGE(93000, "the message body is too long");

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

    /** Codes an app's before-send callback may return to refuse a message and pass its own code to the sender. */
    public static boolean isAppDefined(int code) {
        return code >= 120001 && code <= 130000;
    }

    public TimException exception() {
        return new TimException(this);
    }
}
