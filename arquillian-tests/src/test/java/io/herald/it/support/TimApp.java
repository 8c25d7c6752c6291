package io.herald.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * An app of its own for a test, created through the admin API, called as its admin in the Tencent
 * family with one admin UserSig, as Tencent's server SDKs keep theirs until it expires.
 */
public record TimApp(long id, long sdkAppId, String secretKey, String admin, String adminSig) {

    public static TimApp create(String name) {
        JsonObject created = Herald.createApp(name);
        JsonObject app = created.getJsonObject("app");
        return of(app.getJsonNumber("id").longValue(), app.getJsonNumber("sdkAppId").longValue(), created.getString("secretKey"),
                app.getString("adminIdentifier"));
    }

    public static TimApp of(long id, long sdkAppId, String secretKey, String admin) {
        return new TimApp(id, sdkAppId, secretKey, admin, Tim.sign(sdkAppId, secretKey, admin, 86_400));
    }

    /** {@code /v4/{path}} as the admin. */
    public JsonObject call(String path, String body) {
        return Tim.call("/v4/" + path, sdkAppId, admin, adminSig, body);
    }

    /** {@code PUT /admin/v1/apps/{id}/tencent-settings}. */
    public void settings(String json) {
        HttpResponse<String> response = Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + id + "/tencent-settings"))
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 200) {
            throw new AssertionError("settings refused: " + response.body());
        }
    }

    /** A device of the user, connected to the gateway with a UserSig of its own. */
    public GatewayClient connect(String userId) {
        return GatewayClient.connect(sdkAppId, userId, Tim.sign(sdkAppId, secretKey, userId, 3600), null);
    }
}
