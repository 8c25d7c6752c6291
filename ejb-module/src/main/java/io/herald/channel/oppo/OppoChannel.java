package io.herald.channel.oppo;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.AccessToken;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorPayloads;
import io.herald.channel.vendor.VendorReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * OPPO Push: an {@code auth_token} from {@code POST /server/v1/auth} (app_key, timestamp and
 * sign = SHA-256 of app_key + timestamp + master_secret; valid a day), then
 * {@code POST /server/v1/message/notification/unicast} with the message as a form field. Code 0 is
 * sent; 11 (auth_token invalid) fetches a new one and retries; 10000 (invalid registration id)
 * prunes the token; 429 and 5xx retry; any other code is final. Messages without a private
 * channel id go out on OPPO's public channel, capped per device and day.
 */
@ApplicationScoped
public class OppoChannel extends VendorChannel<VendorChannel.TokenClient> {

    public static final String NAME = "oppo";
    static final String PUSH_URL = "https://api.push.oppomobile.com/";
    static final Duration AUTH_TOKEN_LIFETIME = Duration.ofHours(24);
    static final int PUBLIC_CHANNEL_DAILY_CAP = 2;

    /** Credentials: {@code appKey} and {@code masterSecret}; {@code baseUrl} optional. */
    public OppoChannel() {
        super(NAME, "appKey", "masterSecret");
    }

    @Override
    protected TokenClient connect(VendorCredential c) {
        URI base = baseUrl(c, PUSH_URL);
        String appKey = c.get("appKey");
        String masterSecret = c.get("masterSecret");
        AccessToken token = new AccessToken(() -> {
            String timestamp = String.valueOf(clock.millis());
            return http.postForm(base.resolve("server/v1/auth"), Map.of(),
                            Map.of("app_key", appKey, "timestamp", timestamp, "sign", VendorPayloads.digestHex("SHA-256", appKey + timestamp + masterSecret)), timeout())
                    .thenApply(reply -> {
                        JsonObject body = reply.json();
                        if (body.getInt("code", -1) != 0 || !(body.get("data") instanceof JsonObject data) || !data.containsKey("auth_token")) {
                            throw new IllegalStateException("OPPO refused Herald's auth request: " + reply.describe());
                        }
                        return new AccessToken.Grant(data.getString("auth_token"), clock.instant().plus(AUTH_TOKEN_LIFETIME));
                    });
        }, clock);
        return new TokenClient(base.resolve("server/v1/message/notification/unicast"), token);
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(TokenClient client, DeliveryRequest request) {
        Map<String, String> form = Map.of("message", message(request, clock.instant()));
        return withToken(client, token -> http.postForm(client.send(), Map.of("auth_token", token), form, timeout()),
                (token, reply) -> outcome(client, token, request, reply));
    }

    @Override
    protected OptionalInt marketingDailyCap(Notification notification) {
        return notification.android().channelIdFor(NAME) == null ? OptionalInt.of(PUBLIC_CHANNEL_DAILY_CAP) : OptionalInt.empty();
    }

    static String message(DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        JsonObjectBuilder notification = JSON.createObjectBuilder()
                .add("title", n.title())
                .add("content", n.body())
                .add("off_line", true)
                .add("off_line_ttl", VendorPayloads.secondsLeft(request, now));
        if (VendorPayloads.isWebLink(n.clickUri())) {
            notification.add("click_action_type", 2).add("click_action_url", n.clickUri());
        } else {
            notification.add("click_action_type", 0);
        }
        VendorPayloads.putIfPresent(notification, "channel_id", n.android().channelIdFor(NAME));
        if (!n.data().isEmpty()) {
            notification.add("action_parameters", JSON.createObjectBuilder(Map.copyOf(n.data())).build().toString());
        }
        return JSON.createObjectBuilder()
                .add("target_type", 2)
                .add("target_value", request.address())
                .add("request_id", String.valueOf(request.deliveryId()))
                .add("notification", notification)
                .build().toString();
    }

    private static DeliveryOutcome outcome(TokenClient client, String token, DeliveryRequest request, VendorReply reply) {
        if (reply.isTransient()) {
            return new DeliveryOutcome.Failed(request.deliveryId(), "OPPO: " + reply.describe());
        }
        int code = reply.json().getInt("code", -1);
        return switch (code) {
            case 0 -> new DeliveryOutcome.Accepted(request.deliveryId());
            case 11 -> {
                client.token().invalidate(token);
                yield new DeliveryOutcome.Failed(request.deliveryId(), "OPPO refused the auth_token: " + reply.describe());
            }
            case 10000 -> new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), "OPPO: " + reply.describe());
            default -> new DeliveryOutcome.Rejected(request.deliveryId(), "OPPO: " + reply.describe());
        };
    }
}
