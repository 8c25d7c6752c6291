package io.herald.it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.DeviceApi;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.VendorApp;
import io.herald.it.support.VendorStub;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * mPaaS SmsStrategy against the app's own SMS gateway (the webhook provider) on a local port:
 * concurrent SMS go out with the push; supplementary ones only when the push has not arrived within
 * the window ({@code herald.sms.supplement-window-seconds}, 3 s in the test server).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmsFallbackIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static VendorStub gateway;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeAll
    static void startGateway() {
        gateway = new VendorStub();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    private static String path() {
        return "/sms-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static VendorApp appWithSms(String path) {
        gateway.answer(path, 200, "{\"ok\":true}");
        VendorApp app = VendorApp.create("sms");
        app.configured("sms", Json.createObjectBuilder().add("provider", "webhook").add("url", gateway.url(path)).add("secret", "sms-secret").build());
        return app;
    }

    private static Map<String, Object> sms(String strategy) {
        return Map.of("SmsStrategy", strategy, "SmsSignName", "Herald", "SmsTemplateCode", "SMS_216070269", "SmsTemplateParam", "{\"code\":\"123456\"}");
    }

    @Test
    void aConcurrentSmsGoesOutWithThePushSignedForTheAppsGateway() throws Exception {
        String path = path();
        VendorApp app = appWithSms(path);
        app.device("1", "xiaomi", "mi-x", "sam", "13800000001");
        app.pushSimple("3", "sam", sms("2"));

        VendorStub.Received sent = gateway.await(path, 1, WITHIN).get(0);
        JsonObject body = sent.json();
        assertEquals("13800000001", body.getString("phoneNumber"));
        assertEquals("Herald", body.getString("signName"));
        assertEquals("SMS_216070269", body.getString("templateCode"));
        assertEquals("{\"code\":\"123456\"}", body.getString("templateParam"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("sms-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals(HexFormat.of().formatHex(mac.doFinal(sent.body().getBytes(StandardCharsets.UTF_8))), sent.header("X-Herald-Signature"));
    }

    @Test
    void aSupplementarySmsIsSentOnlyWhenThePushHasNotArrivedInTime() throws Exception {
        String path = path();
        VendorApp app = appWithSms(path);
        String deviceKey = app.created().getJsonObject("app").getString("deviceKey");
        DeviceApi.Registered phone = DeviceApi.register(deviceKey, "android");
        assertEquals(204, phone.call("bind", DeviceApi.json("userId", "connected", "phoneNumber", "13800000002")).statusCode());
        app.device("1", "xiaomi", "mi-y", "away", "13800000003");

        try (GatewayClient connected = phone.connect()) {
            app.pushSimple("3", "connected", sms("1"));
            app.pushSimple("3", "away", sms("1"));
            connected.ack(connected.next(WITHIN).getJsonNumber("id").longValue());
            JsonObject text = gateway.await(path, 1, WITHIN).get(0).json();
            assertEquals("13800000003", text.getString("phoneNumber"), "the user whose device never got the push gets the SMS");
            Thread.sleep(4_000);
            assertEquals(1, gateway.received(path).size(), "the user whose device acknowledged the push gets none");
        }
    }

    @Test
    void anSmsStrategyNeedsAnSmsProvider() throws Exception {
        VendorApp app = VendorApp.create("no-sms");
        assertEquals("3028", app.pushSimple("3", "someone", sms("2")).get("ResultCode"));
        assertEquals(400, app.configure("sms", Json.createObjectBuilder().add("provider", "webhook").add("url", "ftp://x").add("secret", "s").build()).statusCode());
        assertEquals(400, app.configure("sms", Json.createObjectBuilder().add("provider", "carrier-pigeon").build()).statusCode());
    }
}
