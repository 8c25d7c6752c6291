package io.herald.it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import com.eatthepath.pushy.apns.server.MockApnsServerListener;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.server.ValidatingPushNotificationHandlerFactory;
import io.herald.it.support.ChannelDelivery;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.MockApns;
import io.herald.it.support.VendorApp;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http2.Http2Headers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The APNs channel against Pushy's own MockApnsServer with its validating handler: token
 * authentication with the app's p8 key, the topic, the device tokens it knows, and its rejections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApnsChannelIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String TOPIC = "com.example.herald";
    private static final String GOOD = "a".repeat(64);
    private static final String EXPIRED = "b".repeat(64);
    private static final String UNKNOWN = "c".repeat(64);

    record Accepted(Http2Headers headers, JsonObject payload) {
    }

    private static final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private static final List<RejectionReason> rejected = new CopyOnWriteArrayList<>();
    private static MockApns apns;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeAll
    static void startMockApns() throws Exception {
        KeyPair signing = MockApns.signingKey();
        ApnsVerificationKey verification = MockApns.verificationKey(signing);
        apns = MockApns.start(signing, new ValidatingPushNotificationHandlerFactory(
                Map.of(TOPIC, Set.of(GOOD, EXPIRED)), Map.of(EXPIRED, Instant.now().minusSeconds(3600)),
                Map.of(MockApns.KEY_ID, verification), Map.of(verification, Set.of(TOPIC))), new MockApnsServerListener() {
                    @Override
                    public void handlePushNotificationAccepted(Http2Headers headers, ByteBuf payload) {
                        accepted.add(new Accepted(headers, Json.createReader(new StringReader(payload.toString(StandardCharsets.UTF_8))).readObject()));
                    }

                    @Override
                    public void handlePushNotificationRejected(Http2Headers headers, ByteBuf payload, RejectionReason reason, Instant timestamp) {
                        rejected.add(reason);
                    }
                });
    }

    @AfterAll
    static void stopMockApns() throws Exception {
        apns.close();
    }

    private static VendorApp appWithApns() {
        VendorApp app = VendorApp.create("apns");
        app.configured("apns", apns.credentials(TOPIC));
        return app;
    }

    @Test
    void aRevokedPushIsReplacedOnTheDeviceUnderItsCollapseId() throws Exception {
        VendorApp app = appWithApns();
        String device = app.device("2", "apns", GOOD, "ios-" + UUID.randomUUID(), null);
        String msgKey = "wrong-price-" + UUID.randomUUID();
        String taskId = VendorApp.taskId(app.call("PushSimple", Map.of("TaskName", "apns", "Title", "50% off", "Content", "Today only",
                "DeliveryType", "2", "TargetMsgkey", "{\"" + device + "\":\"" + msgKey + "\"}", "ExpiredSeconds", "600",
                "ExtendedParams", "{\"sound\":\"ping.caf\",\"offer\":\"7\"}")));
        Eventually.await("the push handed over", WITHIN, () -> ((Number) app.taskDetail(taskId).get("PushSuccessNum")).intValue() == 1);
        assertEquals("OK", app.call("RevokePushMessage", Map.of("MessageId", msgKey, "TargetId", device)).get("ResultCode"));

        Eventually.await("the recall accepted by APNs", WITHIN,
                () -> accepted.stream().filter(a -> msgKey.contentEquals(a.headers().get("apns-collapse-id"))).count() == 2);
        List<Accepted> both = accepted.stream().filter(a -> msgKey.contentEquals(a.headers().get("apns-collapse-id"))).toList();
        Accepted recall = both.get(1);
        assertNotEquals(both.get(0).headers().get("apns-id"), recall.headers().get("apns-id"), "the recall is a notification of its own");
        JsonObject aps = recall.payload().getJsonObject("aps");
        assertEquals("Message revoked", aps.getJsonObject("alert").getString("title"));
        assertFalse(aps.containsKey("sound"), "taking a notification back makes no sound");
        assertTrue(recall.payload().getBoolean("revoked"));
        assertFalse(recall.payload().containsKey("offer"), "the revoked push's data does not reach the app again");
    }

    @Test
    void anAcceptedNotificationCarriesTheTopicTheMessageKeyAndThePayload() throws Exception {
        VendorApp app = appWithApns();
        String device = app.device("2", "apns", GOOD, "ios-" + UUID.randomUUID(), null);
        String msgKey = "order-" + UUID.randomUUID();
        Map<String, Object> answer = app.call("PushSimple", Map.of("TaskName", "apns", "Title", "Your order", "Content", "It shipped",
                "DeliveryType", "2", "TargetMsgkey", "{\"" + device + "\":\"" + msgKey + "\"}", "ExpiredSeconds", "600",
                "ExtendedParams", "{\"badge\":\"3\",\"sound\":\"ping.caf\",\"orderId\":\"42\"}"));
        String taskId = VendorApp.taskId(answer);

        Eventually.await("the notification accepted by APNs", WITHIN,
                () -> accepted.stream().anyMatch(a -> msgKey.contentEquals(a.headers().get("apns-collapse-id"))));
        Accepted notification = accepted.stream().filter(a -> msgKey.contentEquals(a.headers().get("apns-collapse-id"))).findFirst().orElseThrow();
        assertEquals(TOPIC, notification.headers().get("apns-topic").toString());
        assertEquals("alert", notification.headers().get("apns-push-type").toString());
        assertTrue(notification.headers().contains("apns-id"));
        JsonObject aps = notification.payload().getJsonObject("aps");
        assertEquals("Your order", aps.getJsonObject("alert").getString("title"));
        assertEquals("It shipped", aps.getJsonObject("alert").getString("body"));
        assertEquals(3, aps.getInt("badge"));
        assertEquals("ping.caf", aps.getString("sound"));
        assertEquals("42", notification.payload().getString("orderId"));
        assertEquals(msgKey, notification.payload().getString("msgKey"));
        Eventually.await("the delivery recorded as handed over", WITHIN,
                () -> ((Number) app.taskDetail(taskId).get("PushSuccessNum")).intValue() == 1);
    }

    @Test
    void anUnregisteredTokenOrOneOfAnotherAppIsForgotten() throws Exception {
        VendorApp app = appWithApns();
        String expired = app.device("2", "apns", EXPIRED, "ios-" + UUID.randomUUID(), null);
        String unknown = app.device("2", "apns", UNKNOWN, "ios-" + UUID.randomUUID(), null);
        app.pushSimple("2", expired, Map.of());
        app.pushSimple("2", unknown, Map.of());
        Eventually.await("APNs 410 Unregistered prunes the token", WITHIN, () -> !EXPIRED.equals(app.deviceState(expired).get("ThirdToken")));
        Eventually.await("APNs DeviceTokenNotForTopic prunes the token", WITHIN, () -> !UNKNOWN.equals(app.deviceState(unknown).get("ThirdToken")));
        assertTrue(rejected.contains(RejectionReason.UNREGISTERED), rejected.toString());
        assertTrue(rejected.contains(RejectionReason.DEVICE_TOKEN_NOT_FOR_TOPIC), rejected.toString());
    }

    @Test
    void aPushGoesToTheTokenItsDeviceHasWhenItIsSentNotWhenItWasQueued() throws Exception {
        VendorApp app = appWithApns();
        String device = app.device("2", "apns", UNKNOWN, "ios-" + UUID.randomUUID(), null);
        String msgKey = "renewed-" + UUID.randomUUID();
        ChannelDelivery.stop(management, "ApnsDispatcher");
        String taskId;
        try {
            taskId = VendorApp.taskId(app.call("PushSimple", Map.of("TaskName", "apns", "Title", "Renewed", "Content", "A new token",
                    "DeliveryType", "2", "TargetMsgkey", "{\"" + device + "\":\"" + msgKey + "\"}", "ExpiredSeconds", "600")));
            assertEquals("OK", app.call("PushReport", Map.of("DeliveryToken", device, "OsType", "2", "ThirdChannel", "apns",
                    "ThirdChannelDeviceToken", GOOD)).get("ResultCode"));
        } finally {
            ChannelDelivery.start(management, "ApnsDispatcher");
        }
        Eventually.await("the notification accepted for the device's new token", WITHIN,
                () -> accepted.stream().anyMatch(a -> msgKey.contentEquals(a.headers().get("apns-collapse-id"))));
        Eventually.await("the delivery recorded as handed over", WITHIN,
                () -> ((Number) app.taskDetail(taskId).get("PushSuccessNum")).intValue() == 1);
        assertEquals(GOOD, app.deviceState(device).get("ThirdToken"));
    }

    @Test
    void aCertificateCredentialAuthenticatesWithItsTlsClientCertificate() throws Exception {
        KeyStore client = MockApns.keyStore("RSA", "UID=" + TOPIC + ", CN=Apple Development IOS Push Services: " + TOPIC, null);
        List<String> topics = new CopyOnWriteArrayList<>();
        try (MockApns tls = MockApns.start(MockApns.signingKey(), new ValidatingPushNotificationHandlerFactory(
                Map.of(TOPIC, Set.of(GOOD)), Map.of(), Map.of(), Map.of()), new MockApnsServerListener() {
                    @Override
                    public void handlePushNotificationAccepted(Http2Headers headers, ByteBuf payload) {
                        topics.add(headers.get("apns-topic").toString());
                    }

                    @Override
                    public void handlePushNotificationRejected(Http2Headers headers, ByteBuf payload, RejectionReason reason, Instant timestamp) {
                        topics.add("rejected: " + reason);
                    }
                }, (X509Certificate) client.getCertificate(MockApns.ALIAS))) {
            VendorApp app = VendorApp.create("apns-tls");
            app.configured("apns", tls.certificateCredentials(TOPIC, client));
            String device = app.device("2", "apns", GOOD, "ios-" + UUID.randomUUID(), null);
            String taskId = VendorApp.taskId(app.pushSimple("2", device, Map.of()));
            Eventually.await("the notification accepted over the client-certificate connection", WITHIN, () -> !topics.isEmpty());
            assertEquals(List.of(TOPIC), topics);
            Eventually.await("the delivery recorded as handed over", WITHIN,
                    () -> ((Number) app.taskDetail(taskId).get("PushSuccessNum")).intValue() == 1);
        }
    }
}
