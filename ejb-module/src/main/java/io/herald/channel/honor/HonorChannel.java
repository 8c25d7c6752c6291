package io.herald.channel.honor;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.CategorisedVendorChannel;
import io.herald.channel.vendor.OAuthClientCredentials;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorPayloads;
import io.herald.channel.vendor.VendorReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Honor Push: a client-credentials token from Honor's IAM, then
 * {@code POST /api/v1/{appId}/sendMessage} with a {@code timestamp} header. Answer code 200 is
 * sent; 80300007 (invalid token) prunes the token; 80200001/80200003 and HTTP 401 fetch a new
 * access token and retry; 429 and 5xx retry.
 */
@ApplicationScoped
public class HonorChannel extends CategorisedVendorChannel<VendorChannel.TokenClient> {

    public static final String NAME = "honor";
    static final String PUSH_URL = "https://push-api.cloud.honor.com/";
    static final String TOKEN_URL = "https://iam.developer.honor.com/auth/token";
    static final Set<Integer> TOKEN_REFUSED = Set.of(80200001, 80200003);

    /** Credentials: {@code appId}, {@code clientId} and {@code clientSecret}; {@code baseUrl} and {@code tokenUrl} optional. */
    public HonorChannel() {
        super(NAME, "appId", "clientId", "clientSecret");
    }

    @Override
    protected TokenClient connect(VendorCredential c) {
        return new TokenClient(baseUrl(c, PUSH_URL).resolve("api/v1/" + c.get("appId") + "/sendMessage"),
                OAuthClientCredentials.token(http, tokenUrl(c, TOKEN_URL), c.get("clientId"), c.get("clientSecret"), timeout(), clock));
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(TokenClient client, DeliveryRequest request) {
        Instant now = clock.instant();
        return withToken(client, token -> http.postJson(client.send(),
                        Map.of("Authorization", "Bearer " + token, "timestamp", String.valueOf(now.toEpochMilli())), message(request, now), timeout()),
                (token, reply) -> outcome(client, token, request, reply));
    }

    static String message(DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        JsonObjectBuilder notification = JSON.createObjectBuilder()
                .add("title", n.title())
                .add("body", n.body())
                .add("clickAction", VendorPayloads.isWebLink(n.clickUri())
                        ? JSON.createObjectBuilder().add("type", 2).add("url", n.clickUri()) : JSON.createObjectBuilder().add("type", 3));
        VendorPayloads.putIfPresent(notification, "importance", n.android().importance());
        VendorPayloads.putIfPresent(notification, "image", n.android().image());
        JsonObjectBuilder android = JSON.createObjectBuilder()
                .add("ttl", VendorPayloads.secondsLeft(request, now) + "s")
                .add("biTag", String.valueOf(request.deliveryId()))
                .add("notification", notification);
        VendorPayloads.putIfPresent(android, "category", n.android().categories().get(NAME));
        JsonObjectBuilder message = JSON.createObjectBuilder()
                .add("android", android)
                .add("token", JSON.createArrayBuilder().add(request.address()));
        if (!n.data().isEmpty()) {
            message.add("data", JSON.createObjectBuilder(Map.copyOf(n.data())).build().toString());
        }
        return message.build().toString();
    }

    private static DeliveryOutcome outcome(TokenClient client, String token, DeliveryRequest request, VendorReply reply) {
        JsonObject body = reply.json();
        int code = body.containsKey("code") && body.get("code").getValueType() == JsonValue.ValueType.NUMBER ? body.getInt("code") : -1;
        if (reply.status() == 401 || TOKEN_REFUSED.contains(code)) {
            client.token().invalidate(token);
            return new DeliveryOutcome.Failed(request.deliveryId(), "Honor refused the access token: " + reply.describe());
        }
        if (reply.isTransient()) {
            return new DeliveryOutcome.Failed(request.deliveryId(), "Honor: " + reply.describe());
        }
        if (code == 200) {
            return new DeliveryOutcome.Accepted(request.deliveryId());
        }
        if (code == 80300007) {
            return new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), "Honor: " + reply.describe());
        }
        return new DeliveryOutcome.Rejected(request.deliveryId(), "Honor: " + reply.describe());
    }
}
