package io.herald.channel.huawei;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.AccessToken;
import io.herald.channel.vendor.CategorisedVendorChannel;
import io.herald.channel.vendor.OAuthClientCredentials;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorPayloads;
import io.herald.channel.vendor.VendorReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Huawei Push Kit (HMS), REST v1: an OAuth client-credentials token from Huawei's OAuth server,
 * then {@code POST /v1/{appId}/messages:send} with one token per message. Result codes: 80000000
 * sent; 80300007 (every token invalid) and 80100000 naming the token as illegal prune it; 80200001
 * and 80200003 (OAuth token refused or expired) fetch a new token and retry; 429 and 5xx retry.
 */
@ApplicationScoped
public class HuaweiChannel extends CategorisedVendorChannel<VendorChannel.TokenClient> {

    public static final String NAME = "huawei";
    static final String PUSH_URL = "https://push-api.cloud.huawei.com/";
    static final String TOKEN_URL = "https://oauth-login.cloud.huawei.com/oauth2/v3/token";
    static final Set<String> TOKEN_REFUSED = Set.of("80200001", "80200003");

    /** Credentials: {@code appId} (also the OAuth client id unless {@code clientId} is given) and {@code clientSecret}; {@code baseUrl} and {@code tokenUrl} optional. */
    public HuaweiChannel() {
        super(NAME, "appId", "clientSecret");
    }

    @Override
    protected TokenClient connect(VendorCredential c) {
        return new TokenClient(baseUrl(c, PUSH_URL).resolve("v1/" + c.get("appId") + "/messages:send"), OAuthClientCredentials.token(http,
                tokenUrl(c, TOKEN_URL), c.optional("clientId").orElse(c.get("appId")), c.get("clientSecret"), timeout(), clock));
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(TokenClient client, DeliveryRequest request) {
        String message = message(request, clock.instant());
        return withToken(client, token -> http.postJson(client.send(), Map.of("Authorization", "Bearer " + token), message, timeout()),
                (token, reply) -> outcome("Huawei", client.token(), token, request, reply));
    }

    @Override
    public boolean recallsByReplacement() {
        return true;
    }

    static String message(DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        JsonObjectBuilder notification = JSON.createObjectBuilder()
                .add("title", n.title())
                .add("body", n.body())
                .add("click_action", clickAction(n))
                .add("notify_id", VendorPayloads.notifyId(request));
        VendorPayloads.putIfPresent(notification, "channel_id", n.android().channelIdFor(NAME));
        VendorPayloads.putIfPresent(notification, "importance", n.android().importance());
        VendorPayloads.putIfPresent(notification, "sound", n.android().sound());
        VendorPayloads.putIfPresent(notification, "image", n.android().image());
        JsonObjectBuilder android = JSON.createObjectBuilder()
                .add("collapse_key", -1)
                .add("ttl", VendorPayloads.secondsLeft(request, now) + "s")
                .add("bi_tag", String.valueOf(request.deliveryId()))
                .add("notification", notification);
        VendorPayloads.putIfPresent(android, "category", n.android().categories().get(NAME));
        JsonObjectBuilder message = JSON.createObjectBuilder()
                .add("android", android)
                .add("token", JSON.createArrayBuilder().add(request.address()));
        if (!n.data().isEmpty()) {
            message.add("data", JSON.createObjectBuilder(Map.copyOf(n.data())).build().toString());
        }
        return JSON.createObjectBuilder().add("validate_only", false).add("message", message).build().toString();
    }

    private static JsonObjectBuilder clickAction(Notification n) {
        if (VendorPayloads.isWebLink(n.clickUri())) {
            return JSON.createObjectBuilder().add("type", 2).add("url", n.clickUri());
        }
        return JSON.createObjectBuilder().add("type", 3);
    }

    /**
     * What a Huawei-family answer (Push Kit or HarmonyOS Push Kit, which share their result codes)
     * means for the delivery.
     */
    public static DeliveryOutcome outcome(String vendor, AccessToken accessToken, String token, DeliveryRequest request, VendorReply reply) {
        JsonObject body = reply.json();
        String code = body.getString("code", "");
        if (reply.status() == 401 || TOKEN_REFUSED.contains(code)) {
            accessToken.invalidate(token);
            return new DeliveryOutcome.Failed(request.deliveryId(), vendor + " refused the access token: " + reply.describe());
        }
        if (reply.isTransient()) {
            return new DeliveryOutcome.Failed(request.deliveryId(), vendor + ": " + reply.describe());
        }
        if (code.equals("80000000")) {
            return new DeliveryOutcome.Accepted(request.deliveryId());
        }
        if (code.equals("80300007") || (code.equals("80100000") && body.getString("msg", "").contains(request.address()))) {
            return new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), vendor + ": " + reply.describe());
        }
        return new DeliveryOutcome.Rejected(request.deliveryId(), vendor + ": " + reply.describe());
    }
}
