package io.herald.channel.vivo;

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
 * vivo Push: an {@code authToken} from {@code POST /message/auth} (appId, appKey, timestamp and
 * sign = MD5 of appId + appKey + timestamp + appSecret; valid a day), then {@code POST
 * /message/send} with the {@code authToken} header. Result 0 is sent; 10000 (authToken invalid)
 * fetches a new one and retries; 10302 (regId does not exist) prunes the token; 429 and 5xx retry;
 * any other result is final. Classification "0" (operational) is capped per device and day.
 */
@ApplicationScoped
public class VivoChannel extends VendorChannel<VendorChannel.TokenClient> {

    public static final String NAME = "vivo";
    static final String PUSH_URL = "https://api-push.vivo.com.cn/";
    static final Duration AUTH_TOKEN_LIFETIME = Duration.ofHours(24);
    static final int OPERATIONAL_DAILY_CAP = 2;

    /** Credentials: {@code appId}, {@code appKey} and {@code appSecret}; {@code baseUrl} optional. */
    public VivoChannel() {
        super(NAME, "appId", "appKey", "appSecret");
    }

    @Override
    protected TokenClient connect(VendorCredential c) {
        URI base = baseUrl(c, PUSH_URL);
        String appId = c.get("appId");
        String appKey = c.get("appKey");
        String appSecret = c.get("appSecret");
        AccessToken token = new AccessToken(() -> {
            long timestamp = clock.millis();
            String auth = JSON.createObjectBuilder().add("appId", appId).add("appKey", appKey).add("timestamp", timestamp)
                    .add("sign", VendorPayloads.digestHex("MD5", appId + appKey + timestamp + appSecret)).build().toString();
            return http.postJson(base.resolve("message/auth"), Map.of(), auth, timeout()).thenApply(reply -> {
                JsonObject body = reply.json();
                if (body.getInt("result", -1) != 0 || !body.containsKey("authToken")) {
                    throw new IllegalStateException("vivo refused Herald's auth request: " + reply.describe());
                }
                return new AccessToken.Grant(body.getString("authToken"), clock.instant().plus(AUTH_TOKEN_LIFETIME));
            });
        }, clock);
        return new TokenClient(base.resolve("message/send"), token);
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(TokenClient client, DeliveryRequest request) {
        String message = message(request, clock.instant());
        return withToken(client, token -> http.postJson(client.send(), Map.of("authToken", token), message, timeout()),
                (token, reply) -> outcome(client, token, request, reply));
    }

    @Override
    protected OptionalInt marketingDailyCap(Notification notification) {
        return "0".equals(notification.android().classification()) ? OptionalInt.of(OPERATIONAL_DAILY_CAP) : OptionalInt.empty();
    }

    static String message(DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        JsonObjectBuilder message = JSON.createObjectBuilder()
                .add("regId", request.address())
                .add("notifyType", 4)
                .add("title", n.title())
                .add("content", n.body())
                .add("timeToLive", VendorPayloads.secondsLeft(request, now))
                .add("networkType", -1)
                .add("requestId", String.valueOf(request.deliveryId()))
                .add("classification", n.android().classification() == null ? 1 : Integer.parseInt(n.android().classification()));
        if (VendorPayloads.isWebLink(n.clickUri())) {
            message.add("skipType", 2).add("skipContent", n.clickUri());
        } else {
            message.add("skipType", 1);
        }
        VendorPayloads.putIfPresent(message, "category", n.android().categories().get(NAME));
        if (!n.data().isEmpty()) {
            message.add("clientCustomMap", JSON.createObjectBuilder(Map.copyOf(n.data())));
        }
        return message.build().toString();
    }

    private static DeliveryOutcome outcome(TokenClient client, String token, DeliveryRequest request, VendorReply reply) {
        if (reply.isTransient()) {
            return new DeliveryOutcome.Failed(request.deliveryId(), "vivo: " + reply.describe());
        }
        int result = reply.json().getInt("result", -1);
        return switch (result) {
            case 0 -> new DeliveryOutcome.Accepted(request.deliveryId());
            case 10000 -> {
                client.token().invalidate(token);
                yield new DeliveryOutcome.Failed(request.deliveryId(), "vivo refused the authToken: " + reply.describe());
            }
            case 10302 -> new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), "vivo: " + reply.describe());
            default -> new DeliveryOutcome.Rejected(request.deliveryId(), "vivo: " + reply.describe());
        };
    }
}
