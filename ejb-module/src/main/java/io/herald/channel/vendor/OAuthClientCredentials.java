package io.herald.channel.vendor;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The OAuth 2.0 client-credentials grant that Huawei Push Kit and Honor Push use for their bearer tokens. */
public final class OAuthClientCredentials {

    private OAuthClientCredentials() {
    }

    public static AccessToken token(VendorHttp http, URI tokenUrl, String clientId, String clientSecret, Duration timeout, Clock clock) {
        return new AccessToken(() -> http.postForm(tokenUrl, Map.of(),
                        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret), timeout)
                .thenApply(reply -> {
                    JsonObject body = reply.json();
                    if (!reply.isSuccess() || !body.containsKey("access_token")) {
                        throw new IllegalStateException("the vendor refused Herald's token request: " + reply.describe());
                    }
                    return new AccessToken.Grant(body.getString("access_token"),
                            clock.instant().plusSeconds(body.getJsonNumber("expires_in") == null ? 3600 : body.getJsonNumber("expires_in").longValue()));
                }), clock);
    }
}
