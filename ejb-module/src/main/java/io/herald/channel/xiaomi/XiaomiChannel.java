package io.herald.channel.xiaomi;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorPayloads;
import io.herald.channel.vendor.VendorReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Xiaomi MiPush: {@code POST /v3/message/regid}, a form, authorised by {@code Authorization:
 * key=<AppSecret>}. {@code result} "ok" is sent, unless the answer lists the token among
 * {@code bad_regids} (pruned); 429 and 5xx retry; any other error is final. Messages without a
 * channel of the app's own (miChannelId) go out on Xiaomi's public channel, which caps them per
 * device and day.
 */
@ApplicationScoped
public class XiaomiChannel extends VendorChannel<XiaomiChannel.Client> {

    public static final String NAME = "xiaomi";
    static final String PUSH_URL = "https://api.xmpush.xiaomi.com/";
    static final int PUBLIC_CHANNEL_DAILY_CAP = 5;

    /** Credentials: {@code appSecret} and {@code packageName}; {@code baseUrl} optional. */
    public XiaomiChannel() {
        super(NAME, "appSecret", "packageName");
    }

    record Client(URI send, String appSecret, String packageName) {
    }

    @Override
    protected Client connect(VendorCredential c) {
        return new Client(baseUrl(c, PUSH_URL).resolve("v3/message/regid"), c.get("appSecret"), c.get("packageName"));
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(Client client, DeliveryRequest request) {
        return http.postForm(client.send(), Map.of("Authorization", "key=" + client.appSecret()), form(client, request, clock.instant()), timeout())
                .thenApply(reply -> outcome(request, reply));
    }

    @Override
    protected OptionalInt marketingDailyCap(Notification notification) {
        return notification.android().channelIdFor(NAME) == null ? OptionalInt.of(PUBLIC_CHANNEL_DAILY_CAP) : OptionalInt.empty();
    }

    @Override
    public boolean recallsByReplacement() {
        return true;
    }

    static Map<String, String> form(Client client, DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("registration_id", request.address());
        form.put("restricted_package_name", client.packageName());
        form.put("title", n.title());
        form.put("description", n.body());
        form.put("pass_through", n.silent() ? "1" : "0");
        form.put("notify_type", "-1");
        form.put("notify_id", String.valueOf(VendorPayloads.notifyId(request)));
        form.put("time_to_live", String.valueOf(VendorPayloads.secondsLeft(request, now) * 1000));
        if (!n.data().isEmpty()) {
            form.put("payload", JSON.createObjectBuilder(Map.copyOf(n.data())).build().toString());
        }
        if (n.android().channelIdFor(NAME) != null) {
            form.put("extra.channel_id", n.android().channelIdFor(NAME));
        }
        if (n.android().sound() != null) {
            form.put("extra.sound_uri", n.android().sound());
        }
        if (VendorPayloads.isWebLink(n.clickUri())) {
            form.put("extra.notify_effect", "3");
            form.put("extra.web_uri", n.clickUri());
        } else {
            form.put("extra.notify_effect", "1");
        }
        return form;
    }

    private static DeliveryOutcome outcome(DeliveryRequest request, VendorReply reply) {
        if (reply.isTransient()) {
            return new DeliveryOutcome.Failed(request.deliveryId(), "Xiaomi: " + reply.describe());
        }
        JsonObject body = reply.json();
        if (!"ok".equals(body.getString("result", ""))) {
            return new DeliveryOutcome.Rejected(request.deliveryId(), "Xiaomi: " + reply.describe());
        }
        JsonValue data = body.getOrDefault("data", JsonValue.EMPTY_JSON_OBJECT);
        String bad = data instanceof JsonObject d && d.get("bad_regids") instanceof JsonString s ? s.getString() : "";
        if (Arrays.asList(bad.split(",")).contains(request.address())) {
            return new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), "Xiaomi: the regid is invalid");
        }
        return new DeliveryOutcome.Accepted(request.deliveryId());
    }
}
