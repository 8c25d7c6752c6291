package io.herald.channel.apns;

import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.ApnsClientBuilder;
import com.eatthepath.pushy.apns.DeliveryPriority;
import com.eatthepath.pushy.apns.PushNotificationResponse;
import com.eatthepath.pushy.apns.PushType;
import com.eatthepath.pushy.apns.auth.ApnsSigningKey;
import com.eatthepath.pushy.apns.util.ApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.CredentialRules;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Apple Push Notification service through Pushy: one long-lived {@link ApnsClient} per app
 * credential (token-based with a p8 signing key, or certificate-based with a p12), rebuilt when the
 * credentials change. The apns-id is derived from the delivery id and the collapse id from the
 * message key, so a retried delivery is the same notification to APNs and to the device.
 */
@ApplicationScoped
public class ApnsChannel extends VendorChannel<ApnsChannel.Client> {

    public static final String NAME = "apns";

    static final String PRODUCTION_HOST = ApnsClientBuilder.PRODUCTION_APNS_HOST;
    static final String SANDBOX_HOST = ApnsClientBuilder.DEVELOPMENT_APNS_HOST;
    static final int MAX_COLLAPSE_ID_BYTES = 64;
    static final Set<String> TOKEN_GONE = Set.of("Unregistered", "BadDeviceToken", "DeviceTokenNotForTopic");
    private static final Pattern NOT_HEX = Pattern.compile("[^a-fA-F0-9]");

    public ApnsChannel() {
        super(NAME, "topic");
    }

    record Client(ApnsClient apns, String topic) {
    }


    /**
     * {@code topic} (the bundle id); {@code environment} "production" (default) or "sandbox";
     * either {@code keyId}, {@code teamId} and {@code signingKey} (the p8 file's text) or
     * {@code certificate} (a p12, base64) with {@code certificatePassword}. A proxy or test server
     * is named with {@code host}, {@code port} and, when its certificate is not publicly trusted,
     * {@code trustedCertificate} (PEM).
     */
    @Override
    public void check(JsonObject credentials) {
        super.check(credentials);
        if (credentials.containsKey("certificate")) {
            CredentialRules.require(credentials, "certificate", "certificatePassword");
        } else {
            CredentialRules.require(credentials, "keyId", "teamId", "signingKey");
        }
        String environment = credentials.getString("environment", "production");
        if (!environment.equals("production") && !environment.equals("sandbox")) {
            throw new IllegalArgumentException("environment is production or sandbox");
        }
        Client client = connect(new VendorCredential(0, NAME, 0, credentials));
        client.apns().close();
    }

    @Override
    protected Client connect(VendorCredential credential) {
        String defaultHost = credential.optional("environment").filter("sandbox"::equals).isPresent() ? SANDBOX_HOST : PRODUCTION_HOST;
        ApnsClientBuilder builder = new ApnsClientBuilder()
                .setApnsServer(credential.optional("host").orElse(defaultHost),
                        credential.optional("port").map(Integer::parseInt).orElse(ApnsClientBuilder.DEFAULT_APNS_PORT))
                .setConcurrentConnections(setting("connections", 1))
                .setConnectionTimeout(timeout());
        try {
            if (credential.optional("certificate").isPresent()) {
                builder.setClientCredentials(new ByteArrayInputStream(Base64.getDecoder().decode(credential.get("certificate"))),
                        credential.get("certificatePassword"));
            } else {
                builder.setSigningKey(ApnsSigningKey.loadFromInputStream(
                        new ByteArrayInputStream(credential.get("signingKey").getBytes(StandardCharsets.UTF_8)),
                        credential.get("teamId"), credential.get("keyId")));
            }
            if (credential.optional("trustedCertificate").isPresent()) {
                builder.setTrustedServerCertificateChain(new ByteArrayInputStream(credential.get("trustedCertificate").getBytes(StandardCharsets.UTF_8)));
            }
            return new Client(builder.build(), credential.get("topic"));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("APNs credentials cannot be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean recallsByReplacement() {
        return true;
    }

    @Override
    protected void disconnect(Client client) {
        client.apns().close();
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(Client client, DeliveryRequest request) {
        Notification n = request.notification();
        SimpleApnsPushNotification notification = new SimpleApnsPushNotification(deviceToken(request.address()), client.topic(),
                payload(n, request), request.expiresAt(), n.silent() ? DeliveryPriority.CONSERVE_POWER : DeliveryPriority.IMMEDIATE,
                n.silent() ? PushType.BACKGROUND : PushType.ALERT, collapseId(request.msgKey()), apnsId(request));
        return client.apns().sendNotification(notification).thenApply(response -> outcome(request, response));
    }

    /**
     * The device token as APNs takes it: hex digits only. What {@code TokenUtil.sanitizeTokenString}
     * does, but a token that is already clean, as devices report them, is taken as it is, and the
     * pattern is compiled once, not for every notification.
     */
    static String deviceToken(String reported) {
        return reported.chars().allMatch(ApnsChannel::isHexDigit) ? reported : NOT_HEX.matcher(reported).replaceAll("");
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static String payload(Notification n, DeliveryRequest request) {
        ApnsPayloadBuilder payload = new SimpleApnsPayloadBuilder();
        if (n.silent()) {
            payload.setContentAvailable(true);
        } else {
            payload.setAlertTitle(n.title()).setAlertBody(n.body()).setAlertSubtitle(n.apple().subtitle())
                    .setMutableContent(n.apple().mutableContent() || n.apple().image() != null);
            if (!request.recall()) {
                payload.setSound(n.apple().sound() == null ? "default" : n.apple().sound());
            }
        }
        payload.setBadgeNumber(n.apple().badge());
        n.data().forEach(payload::addCustomProperty);
        if (n.clickUri() != null) {
            payload.addCustomProperty("uri", n.clickUri());
        }
        if (n.apple().image() != null) {
            payload.addCustomProperty("image", n.apple().image());
        }
        payload.addCustomProperty("msgKey", request.msgKey());
        if (request.taskId() != null) {
            payload.addCustomProperty("taskId", request.taskId());
        }
        if (request.recall()) {
            payload.addCustomProperty("revoked", true);
        }
        return payload.build();
    }

    private static DeliveryOutcome outcome(DeliveryRequest request, PushNotificationResponse<SimpleApnsPushNotification> response) {
        if (response.isAccepted()) {
            return new DeliveryOutcome.Accepted(request.deliveryId());
        }
        String reason = "APNs " + response.getStatusCode() + " " + response.getRejectionReason().orElse("");
        if (response.getStatusCode() == 410 || response.getRejectionReason().filter(TOKEN_GONE::contains).isPresent()) {
            return new DeliveryOutcome.Unregistered(request.deliveryId(), request.address(), reason);
        }
        if (response.getStatusCode() == 429 || response.getStatusCode() >= 500) {
            return new DeliveryOutcome.Failed(request.deliveryId(), reason);
        }
        return new DeliveryOutcome.Rejected(request.deliveryId(), reason);
    }

    /**
     * The same delivery is the same notification to APNs, however often it is retried; its recall is
     * another notification (it replaces the first on the device through their common collapse id).
     */
    static UUID apnsId(DeliveryRequest request) {
        String name = (request.recall() ? "herald-recall-" : "herald-delivery-") + request.deliveryId();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The message key, unless it is longer than APNs allows: then a stable digest of it. */
    static String collapseId(String msgKey) {
        return msgKey.getBytes(StandardCharsets.UTF_8).length <= MAX_COLLAPSE_ID_BYTES ? msgKey
                : UUID.nameUUIDFromBytes(msgKey.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
