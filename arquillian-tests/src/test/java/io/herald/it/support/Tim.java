package io.herald.it.support;

import com.tencentyun.TLSSigAPIv2;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Calls the Tencent REST family the way Tencent's server SDKs do, signing with the official library. */
public final class Tim {

    private Tim() {
    }

    public static String sign(long sdkAppId, String key, String identifier, long expireSeconds) {
        return new TLSSigAPIv2(sdkAppId, key).genUserSig(identifier, expireSeconds);
    }

    public static URI uri(String path, String sdkAppId, String identifier, String userSig) {
        StringBuilder query = new StringBuilder("?contenttype=json&random=").append(ThreadLocalRandom.current().nextLong(0, 4294967296L));
        if (sdkAppId != null) {
            query.append("&sdkappid=").append(sdkAppId);
        }
        if (identifier != null) {
            query.append("&identifier=").append(URLEncoder.encode(identifier, StandardCharsets.UTF_8));
        }
        if (userSig != null) {
            query.append("&usersig=").append(userSig);
        }
        return Herald.http(path + query);
    }

    public static JsonObject call(String path, long sdkAppId, String identifier, String userSig, String body) {
        HttpResponse<String> response = Http.post(uri(path, String.valueOf(sdkAppId), identifier, userSig), body);
        return envelope(response);
    }

    /** Every Tencent-family answer is HTTP 200 JSON, whatever happened. */
    public static JsonObject envelope(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Tencent family answered HTTP " + response.statusCode() + ": " + response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError("not JSON: " + response.headers().map());
        }
        return Http.json(response);
    }
}
