package io.herald.channel.sms;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.vendor.CredentialRules;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hands each SMS to the app's own SMS gateway: {@code POST <url>} with a JSON body (phoneNumber,
 * signName, templateCode, templateParam, msgKey, deliveryId) and {@code X-Herald-Signature}, the
 * hex HMAC-SHA256 of the body under the configured {@code secret}. A 2xx answer is sent; 429 and
 * 5xx are retried; any other answer is final.
 */
@ApplicationScoped
public class WebhookSmsProvider implements SmsProvider {

    public static final String KIND = "webhook";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    VendorHttp http;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void check(JsonObject settings) {
        CredentialRules.require(settings, "url", "secret");
        URI url = URI.create(settings.getString("url"));
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("url must be an http or https URL");
        }
    }

    @Override
    public CompletableFuture<DeliveryOutcome> send(VendorCredential settings, SmsText text) {
        String body = JSON.createObjectBuilder()
                .add("phoneNumber", text.phoneNumber())
                .add("signName", text.signName())
                .add("templateCode", text.templateCode())
                .add("templateParam", text.templateParam())
                .add("msgKey", text.msgKey())
                .add("deliveryId", text.deliveryId())
                .build().toString();
        return http.postJson(URI.create(settings.get("url")), Map.of("X-Herald-Signature", hmac(settings.get("secret"), body)), body, TIMEOUT)
                .thenApply(reply -> {
                    if (reply.isSuccess()) {
                        return new DeliveryOutcome.Accepted(text.deliveryId());
                    }
                    return reply.isTransient() ? new DeliveryOutcome.Failed(text.deliveryId(), "SMS gateway: " + reply.describe())
                            : new DeliveryOutcome.Rejected(text.deliveryId(), "SMS gateway: " + reply.describe());
                });
    }

    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
