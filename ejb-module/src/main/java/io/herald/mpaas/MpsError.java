package io.herald.mpaas;

/**
 * The MPS business result codes Herald answers (mpaas-spec §6), with their symbolic names. These are
 * HTTP 200 answers in the action's own envelope, unlike the protocol errors of {@link PopError}.
 */
public enum MpsError {
    NEED_DELIVERYTOKEN("3001", "need token"),
    NEED_APPID_WORKSPACEID("3003", "appId or workspaceId is empty"),
    APPID_WRONG("3007", "appId or workspaceId is wrong"),
    OS_TYPE_NOT_SUPPORTED("3008", "platform is not supported"),
    DELIVERY_TYPE_NOT_SUPPORTED("3009", "deliveryType is not supported"),
    NEED_USERID("3012", "need userid"),
    TASKNAME_NULL("3019", "taskName is empty"),
    EXPIREDSECONDS_WRONG("3020", "expiredSeconds must be a positive number of seconds"),
    TOKEN_OR_USERID_NULL("3021", "target is empty"),
    TEMPLATE_NOT_EXIST("3022", "template does not exist"),
    TEMPLATEKV_NOT_ENOUGH("3023", "templateKeyValue has no value for a placeholder of the template"),
    PAYLOAD_NOT_ENOUGH("3024", "title or content is empty"),
    NEED_TEMPLATE("3025", "templateName is empty"),
    EXPIREDTIME_TOO_LONG("3026", "expiredSeconds is longer than allowed"),
    INVALID_PARAM("3028", "param is invalid"),
    SINGLE_PUSH_TARGET_TOO_MUCH("3029", "at most 10 targets"),
    BROADCAST_ONLY_SUPPORT_BY_DEVICE("3030", "a broadcast goes to the devices of a platform (DeliveryType 1, 2 or 7), not to users"),
    REQUEST_SHOULD_BE_UTF8("3031", "the request body must be UTF-8"),
    EXTEND_PARAM_TO_MUCH("3035", "at most 20 extended params"),
    TEMPLATE_ALREADY_EXIST("3036", "template already exists"),
    TEMPLATE_NAME_NULL("3037", "template name is empty"),
    TEMPLATE_NAME_INVALID("3038", "template name must be at most 200 letters, digits or underscores"),
    TEMPLATE_CONTENT_INVALID("3039", "template content must be 1 to 200 characters"),
    TEMPLATE_TITLE_INVALID("3040", "template title must be 1 to 200 characters"),
    TEMPLATE_DESC_INFO_INVALID("3041", "template description must be at most 200 characters"),
    TEMPLATE_URI_INVALID("3042", "template uri must be at most 1000 characters"),
    SINGLE_PUSH_CONTENT_TOO_LONG("3043", "the title or content breaks a limit of a vendor channel the push would use"),
    INVALID_EXTEND_PARAM("3044", "extendedParams must be a JSON object of strings"),
    MULTIPLE_INNER_EXTEND_PARAM_TO_MUCH("3049", "a target's extendedParams must be fewer than 10"),
    MSG_PAYLOAD_TOO_LONG("3050", "the message (title, content and extended params) is over 2 KB"),
    BROADCAST_ALL_USER_NEED_UNBIND_PERIOD("3051", "UnBindPeriod is required when PushStatus is 1 or 2"),
    BROADCAST_ALL_USER_UNBIND_PERIOD_INVALID("3052", "UnBindPeriod must be 1, 2, 3 or 4"),
    BROADCAST_ALL_USER_NOT_SUPPORT_SELFCHANNEL_ANDROID("3053", "a broadcast to all users cannot use the self-built channel"),
    DELIVERYTOKEN_INVALID("3054", "deliveryToken is invalid"),
    MULTIPLE_TARGET_NUMBER_TOO_MUCH("3055", "at most 100 targets in a batch"),
    TEMPLATE_NUM_TOO_MUCH("3056", "an app has at most 100 templates"),
    ANDROID_CHANNEL_PARAM_INVALID("3057", "AndroidChannel must be 1 (self-built channel) or 2 (default channel)"),
    ACCOUNT_NO_PERMISSION("8014", "the AccessKey does not belong to this appId and workspaceId");

    private final String code;
    private final String message;

    MpsError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public MpsException exception() {
        return new MpsException(this, message, null);
    }

    public MpsException exception(String detail) {
        return new MpsException(this, detail, null);
    }
}
