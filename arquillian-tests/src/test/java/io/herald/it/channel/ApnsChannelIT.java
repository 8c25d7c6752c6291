package io.herald.it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import com.eatthepath.pushy.apns.server.MockApnsServer;
import com.eatthepath.pushy.apns.server.MockApnsServerBuilder;
import com.eatthepath.pushy.apns.server.MockApnsServerListener;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.server.ValidatingPushNotificationHandlerFactory;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.VendorApp;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http2.Http2Headers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.FileInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
    private static final String TEAM = "TEAM123456";
    private static final String KEY_ID = "KEY1234567";
    private static final String GOOD = "a".repeat(64);
    private static final String EXPIRED = "b".repeat(64);
    private static final String UNKNOWN = "c".repeat(64);

    record Accepted(Http2Headers headers, JsonObject payload) {
    }

    private static final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private static final List<RejectionReason> rejected = new CopyOnWriteArrayList<>();
    private static MockApnsServer server;
    private static int port;
    private static String signingKey;
    private static String serverCertificate;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeAll
    static void startMockApns() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair signing = ec.generateKeyPair();
        signingKey = pem("PRIVATE KEY", signing.getPrivate().getEncoded());
        ApnsVerificationKey verification = new ApnsVerificationKey(KEY_ID, TEAM, (ECPublicKey) signing.getPublic());

        Path dir = Files.createTempDirectory("mock-apns");
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "apns",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        X509Certificate certificate = (X509Certificate) keys.getCertificate("apns");
        serverCertificate = pem("CERTIFICATE", certificate.getEncoded());

        server = new MockApnsServerBuilder()
                .setServerCredentials(new X509Certificate[] {certificate}, (PrivateKey) keys.getKey("apns", "changeit".toCharArray()), null)
                .setHandlerFactory(new ValidatingPushNotificationHandlerFactory(
                        Map.of(TOPIC, Set.of(GOOD, EXPIRED)), Map.of(EXPIRED, Instant.now().minusSeconds(3600)),
                        Map.of(KEY_ID, verification), Map.of(verification, Set.of(TOPIC))))
                .setListener(new MockApnsServerListener() {
                    @Override
                    public void handlePushNotificationAccepted(Http2Headers headers, ByteBuf payload) {
                        accepted.add(new Accepted(headers, Json.createReader(new StringReader(payload.toString(StandardCharsets.UTF_8))).readObject()));
                    }

                    @Override
                    public void handlePushNotificationRejected(Http2Headers headers, ByteBuf payload, RejectionReason reason, Instant timestamp) {
                        rejected.add(reason);
                    }
                })
                .build();
        port = server.start(0).get();
    }

    @AfterAll
    static void stopMockApns() throws Exception {
        server.shutdown().get();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static VendorApp appWithApns() {
        VendorApp app = VendorApp.create("apns");
        app.configured("apns", Json.createObjectBuilder().add("topic", TOPIC).add("environment", "sandbox").add("keyId", KEY_ID).add("teamId", TEAM)
                .add("signingKey", signingKey).add("host", "127.0.0.1").add("port", String.valueOf(port)).add("trustedCertificate", serverCertificate)
                .build());
        return app;
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
}
