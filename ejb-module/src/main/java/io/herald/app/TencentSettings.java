package io.herald.app;

/**
 * An app's Tencent-family settings as an operator sets them; null fields mean "the installation's
 * default" (limits) or "off" (callback).
 */
public record TencentSettings(Integer messageSizeLimit, Integer callsPerSecond, Callback callback, AllMemberPush allMemberPush) {

    /** The app backend for the C2C send-message callbacks. */
    public record Callback(String url, String token, Integer timeoutMillis, Boolean failClosed) {
    }

    /** im_push and the legacy push: switched on unless {@code enabled} is false; 100 a day and 1 s apart unless set. */
    public record AllMemberPush(Boolean enabled, Integer dailyLimit, Integer intervalMillis) {
    }
}
