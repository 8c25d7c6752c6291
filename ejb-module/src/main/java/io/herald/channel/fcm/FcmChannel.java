package io.herald.channel.fcm;

import static io.herald.platform.Jsonp.JSON;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.AccessToken;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorPayloads;
import io.herald.channel.vendor.VendorReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Firebase Cloud Messaging, HTTP v1: an OAuth2 access token from the app's service-account key
 * (google-auth-library, which honours the key's {@code token_uri}), then {@code POST
 * /v1/projects/{project}/messages:send}, one message per request. 200 is sent; UNREGISTERED (or
 * 404) prunes the token; 401 fetches a new access token and retries; QUOTA_EXCEEDED (429) and
 * UNAVAILABLE/INTERNAL (5xx) retry with the broker's backoff; anything else is final.
 */
@ApplicationScoped
public class FcmChannel extends VendorChannel<VendorChannel.TokenClient> {

    public static final String NAME = "fcm";
    static final String PUSH_URL = "https://fcm.googleapis.com/";
    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    /** Credentials: {@code serviceAccount}: the service-account key file's JSON; {@code baseUrl} optional. */
    public FcmChannel() {
        super(NAME, "serviceAccount");
    }

    @Override
    public void check(JsonObject credentials) {
        super.check(credentials);
        connect(new VendorCredential(0, NAME, 0, credentials));
    }

    @Override
    protected TokenClient connect(VendorCredential c) {
        ServiceAccountCredentials account;
        try {
            account = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(c.get("serviceAccount").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("serviceAccount is not a usable service-account key: " + e.getMessage(), e);
        }
        if (account.getProjectId() == null) {
            throw new IllegalArgumentException("the service-account key names no project_id");
        }
        GoogleCredentials scoped = account.createScoped(List.of(SCOPE));
        AccessToken token = new AccessToken(() -> CompletableFuture.supplyAsync(() -> {
            try {
                scoped.refresh();
                com.google.auth.oauth2.AccessToken granted = scoped.getAccessToken();
                return new AccessToken.Grant(granted.getTokenValue(), granted.getExpirationTime().toInstant());
            } catch (IOException e) {
                throw new UncheckedIOException("Google refused Herald's token request", e);
            }
        }), clock);
        return new TokenClient(baseUrl(c, PUSH_URL).resolve("v1/projects/" + account.getProjectId() + "/messages:send"), token);
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(TokenClient client, DeliveryRequest request) {
        String message = message(request, clock.instant());
        return withToken(client, token -> http.postJson(client.send(), Map.of("Authorization", "Bearer " + token), message, timeout()),
                (token, reply) -> outcome(client, token, request, reply));
    }

    @Override
    public boolean recallsByReplacement() {
        return true;
    }

    static String message(DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        JsonObjectBuilder android = JSON.createObjectBuilder()
                .add("ttl", VendorPayloads.secondsLeft(request, now) + "s")
                .add("priority", n.silent() ? "NORMAL" : "HIGH");
        JsonObjectBuilder message = JSON.createObjectBuilder().add("token", request.address());
        if (!n.silent()) {
            JsonObjectBuilder notification = JSON.createObjectBuilder().add("title", n.title()).add("body", n.body());
            VendorPayloads.putIfPresent(notification, "image", n.android().image());
            message.add("notification", notification);
            JsonObjectBuilder androidNotification = JSON.createObjectBuilder().add("tag", "herald-" + request.deliveryId());
            VendorPayloads.putIfPresent(androidNotification, "channel_id", n.android().channelIdFor(NAME));
            VendorPayloads.putIfPresent(androidNotification, "sound", n.android().sound());
            VendorPayloads.putIfPresent(androidNotification, "click_action", n.clickUri());
            android.add("notification", androidNotification);
        }
        JsonObjectBuilder data = JSON.createObjectBuilder(Map.copyOf(n.data())).add("msgKey", request.msgKey());
        if (request.recall()) {
            data.add("revoked", "true");
        }
        if (request.taskId() != null) {
            data.add("taskId", request.taskId());
        }
        return JSON.createObjectBuilder().add("message", message.add("data", data).add("android", android)).build().toString();
    }

    private static DeliveryOutcome outcome(TokenClient client, String token, DeliveryRequest request, VendorReply reply) {
        if (reply.isSuccess()) {
            return new DeliveryOutcome.Accepted(request.deliveryId());
        }
        if (reply.status() == 401) {
            client.token().invalidate(token);
            return new DeliveryOutcome.Failed(request.deliveryId(), "FCM refused the access token: " + reply.describe());
        }
        if (reply.isTransient()) {
            return new DeliveryOutcome.Failed(request.deliveryId(), "FCM: " + reply.describe());
        }
        if (reply.status() == 404 || errorCode(reply.json()).equals("UNREGISTERED")) {
            return new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), "FCM: " + reply.describe());
        }
        return new DeliveryOutcome.Rejected(request.deliveryId(), "FCM: " + reply.describe());
    }

    /** The FcmError code in the error's details, or its status. */
    static String errorCode(JsonObject body) {
        if (!(body.get("error") instanceof JsonObject error)) {
            return "";
        }
        if (error.get("details") instanceof JsonArray details) {
            for (JsonValue detail : details) {
                if (detail instanceof JsonObject d && d.containsKey("errorCode")) {
                    return d.getString("errorCode");
                }
            }
        }
        return error.getString("status", "");
    }
}
