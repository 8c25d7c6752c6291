package io.herald.tencent.callback;

import io.herald.domain.app.CallbackSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A callback as Tencent sends it: POST to the app's URL with {@code SdkAppid}, {@code CallbackCommand},
 * {@code contenttype}, {@code ClientIP} and {@code OptPlatform} in the query, plus
 * {@code Sign=sha256(token + RequestTime)} and {@code RequestTime} when the app has a token.
 */
final class CallbackRequests {

    static final String OPT_PLATFORM = "RESTAPI";

    private CallbackRequests() {
    }

    static HttpRequest post(CallbackSettings settings, long sdkAppId, String command, String clientIp, String body, Instant now) {
        StringBuilder query = new StringBuilder()
                .append("SdkAppid=").append(sdkAppId)
                .append("&CallbackCommand=").append(encode(command))
                .append("&contenttype=json")
                .append("&ClientIP=").append(encode(clientIp == null ? "" : clientIp))
                .append("&OptPlatform=").append(OPT_PLATFORM);
        if (settings.token() != null && !settings.token().isEmpty()) {
            long requestTime = now.getEpochSecond();
            query.append("&RequestTime=").append(requestTime).append("&Sign=").append(sign(settings.token(), requestTime));
        }
        String url = settings.url().toString();
        return HttpRequest.newBuilder(URI.create(url + (url.contains("?") ? "&" : "?") + query))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    static String sign(String token, long requestTime) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((token + requestTime).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
