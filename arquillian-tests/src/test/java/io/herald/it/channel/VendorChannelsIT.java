package io.herald.it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.TimApp;
import io.herald.it.support.VendorApp;
import io.herald.it.support.VendorStub;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each HTTP vendor channel against a local server that checks the request as the vendor would
 * (path, authentication, headers, body) and answers with the vendor's own success and error
 * codes. Every test has an app of its own and its own path prefix on the stub.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VendorChannelsIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static VendorStub stub;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeAll
    static void startStub() {
        stub = new VendorStub();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    private static String prefix(String vendor) {
        return "/" + vendor + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject json(String... namesAndValues) {
        var object = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return object.build();
    }

    private static void awaitHandedOver(VendorApp app, String taskId, int count) {
        Eventually.await("the task's deliveries handed to the vendor", WITHIN,
                () -> ((Number) app.taskDetail(taskId).get("PushSuccessNum")).intValue() == count);
    }

    /** An app with Xiaomi credentials whose push server is the stub under the prefix, accepting every send. */
    private static VendorApp xiaomiApp(String name, String p) {
        VendorApp app = VendorApp.create(name);
        stub.answer(p + "/v3/message/regid", 200, "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"m1\"}}");
        app.configured("xiaomi", json("appSecret", "mi-secret", "packageName", "com.example.app", "baseUrl", stub.url(p + "/")));
        return app;
    }

    /** An app with Huawei credentials (app id 10086) whose Push Kit is the stub under the prefix: the token hw-gone is unknown to it. */
    private static VendorApp huaweiApp(String p) {
        VendorApp app = VendorApp.create("huawei");
        stub.answer(p + "/oauth2/v3/token", 200, "{\"access_token\":\"hw-access-1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
        stub.answer(p + "/v1/10086/messages:send", request -> request.json().getJsonObject("message").getJsonArray("token").getString(0).equals("hw-gone")
                ? VendorStub.Answer.json(200, "{\"code\":\"80300007\",\"msg\":\"All the tokens are invalid\"}")
                : VendorStub.Answer.json(200, "{\"code\":\"80000000\",\"msg\":\"Success\",\"requestId\":\"r1\"}"));
        app.configured("huawei", json("appId", "10086", "clientSecret", "hw-secret", "baseUrl", stub.url(p + "/"), "tokenUrl", stub.url(p + "/oauth2/v3/token")));
        return app;
    }

    @Test
    void huaweiSendsWithItsOAuthTokenAndAnInvalidTokenIsPruned() throws Exception {
        String p = prefix("huawei");
        VendorApp app = huaweiApp(p);
        String device = app.device("1", "huawei", "hw-device", "alice", null);

        String taskId = VendorApp.taskId(app.pushSimple("1", device, Map.of("Title", "Order shipped", "Content", "It is on its way",
                "ExtendedParams", "{\"orderId\":\"42\"}", "ThirdChannelCategory", "{\"hms\":\"8\"}", "NotifyLevel", "{\"hms\":\"2\"}")));
        VendorStub.Received send = stub.await(p + "/v1/10086/messages:send", 1, WITHIN).get(0);
        assertEquals("Bearer hw-access-1", send.header("Authorization"));
        JsonObject message = send.json().getJsonObject("message");
        assertEquals("hw-device", message.getJsonArray("token").getString(0));
        JsonObject android = message.getJsonObject("android");
        assertEquals("EXPRESS", android.getString("category"), "thirdChannelCategory.hms 8 is EXPRESS");
        assertEquals("Order shipped", android.getJsonObject("notification").getString("title"));
        assertEquals("It is on its way", android.getJsonObject("notification").getString("body"));
        assertEquals("NORMAL", android.getJsonObject("notification").getString("importance"));
        assertTrue(android.getString("ttl").matches("\\d+s") && Long.parseLong(android.getString("ttl").replace("s", "")) <= 3600, android.toString());
        assertEquals("{\"orderId\":\"42\"}", message.getString("data"));
        Map<String, String> tokenRequest = stub.received(p + "/oauth2/v3/token").get(0).form();
        assertEquals(Map.of("grant_type", "client_credentials", "client_id", "10086", "client_secret", "hw-secret"), tokenRequest);
        awaitHandedOver(app, taskId, 1);

        String gone = app.device("1", "huawei", "hw-gone", "bob", null);
        app.pushSimple("1", gone, Map.of("ThirdChannelCategory", "{\"hms\":\"1\"}"));
        Eventually.await("the invalid Huawei token forgotten", WITHIN, () -> !"hw-gone".equals(app.deviceState(gone).get("ThirdToken")));
        assertEquals(1, stub.received(p + "/oauth2/v3/token").size(), "one OAuth token serves every send until it expires");
    }

    @Test
    void aRevokedPushIsReplacedOnTheHuaweiDeviceUnderTheSameNotifyId() throws Exception {
        String p = prefix("huawei");
        VendorApp app = huaweiApp(p);
        String device = app.device("1", "huawei", "hw-shown", "ivy", null);
        String msgKey = "wrong-price-" + UUID.randomUUID();

        String taskId = VendorApp.taskId(app.pushSimple("1", device, Map.of("Title", "50% off", "TargetMsgkey", "{\"" + device + "\":\"" + msgKey + "\"}",
                "ExtendedParams", "{\"offer\":\"7\"}", "NotifyLevel", "{\"hms\":\"2\"}")));
        awaitHandedOver(app, taskId, 1);
        assertEquals("OK", app.call("RevokePushMessage", Map.of("MessageId", msgKey, "TargetId", device)).get("ResultCode"));

        List<VendorStub.Received> sends = stub.await(p + "/v1/10086/messages:send", 2, WITHIN);
        JsonObject shown = sends.get(0).json().getJsonObject("message");
        JsonObject recall = sends.get(1).json().getJsonObject("message");
        JsonObject replacement = recall.getJsonObject("android").getJsonObject("notification");
        assertEquals(shown.getJsonObject("android").getJsonObject("notification").getInt("notify_id"), replacement.getInt("notify_id"),
                "the recall carries the notify id of what the device shows, so it replaces it");
        assertEquals("Message revoked", replacement.getString("title"));
        assertEquals("NORMAL", replacement.getString("importance"), "the replacement is filed where the original was");
        assertEquals("hw-shown", recall.getJsonArray("token").getString(0));
        assertFalse(recall.containsKey("data"), "the revoked push's data does not reach the app again");
    }

    @Test
    void aBroadcastReachesEachDeviceThatIsNotConnectedThroughItsVendor() throws Exception {
        String mi = prefix("xiaomi");
        VendorApp app = xiaomiApp("xiaomi-broadcast", mi);
        app.device("1", "xiaomi", "mi-everyone-one", "ann", null);
        app.device("1", "xiaomi", "mi-everyone-two", "ben", null);
        String tokenless = "dt-" + UUID.randomUUID().toString().replace("-", "");
        assertEquals("OK", app.call("PushReport", Map.of("DeliveryToken", tokenless, "OsType", "1")).get("ResultCode"));
        assertEquals("OK", app.call("PushBind", Map.of("DeliveryToken", tokenless, "OsType", "1", "UserId", "cal")).get("ResultCode"));
        String template = "news_" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals("100", app.call("CreateTemplate", Map.of("TemplateName", template, "Title", "News", "Content", "#what# for everyone")).get("Code"));

        Map<String, Object> answer = app.call("PushBroadcast", Map.of("TaskName", "news", "TemplateName", template,
                "TemplateKeyValue", "{\"what\":\"Sales\"}", "DeliveryType", "1", "Msgkey", UUID.randomUUID().toString(),
                "ExpiredSeconds", "600", "PushStatus", "0", "BindPeriod", "1"));
        assertEquals("OK", answer.get("ResultCode"), answer.toString());

        List<VendorStub.Received> sends = stub.await(mi + "/v3/message/regid", 2, WITHIN);
        assertEquals(Set.of("mi-everyone-one", "mi-everyone-two"), sends.stream().map(send -> send.form().get("registration_id")).collect(Collectors.toSet()));
        sends.forEach(send -> assertEquals("Sales for everyone", send.form().get("description"), send.form().toString()));
        Thread.sleep(1_500);
        assertEquals(2, stub.received(mi + "/v3/message/regid").size(), "the device without a vendor token waits for its connection instead");
    }

    @Test
    void aRevokedTaskIsReplacedOnEveryXiaomiDeviceItReachedButVivoKeepsWhatItSent() throws Exception {
        String mi = prefix("xiaomi");
        VendorApp app = xiaomiApp("xiaomi-recall", mi);
        String vivo = prefix("vivo");
        stub.answer(vivo + "/message/auth", 200, "{\"result\":0,\"desc\":\"请求成功\",\"authToken\":\"vivo-auth\"}");
        stub.answer(vivo + "/message/send", 200, "{\"result\":0,\"desc\":\"请求成功\",\"taskId\":\"v1\"}");
        app.configured("vivo", json("appId", "vivo-app", "appKey", "vivo-key", "appSecret", "vivo-secret", "baseUrl", stub.url(vivo + "/")));
        List<String> devices = List.of(app.device("1", "xiaomi", "mi-one", "jo", null), app.device("1", "xiaomi", "mi-two", "kim", null),
                app.device("1", "vivo", "vivo-one", "lee", null));
        String template = "recall_" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals("100", app.call("CreateTemplate", Map.of("TemplateName", template, "Title", "Hi #name#", "Content", "Your code is #code#")).get("Code"));
        Map<String, Object> multiple = new HashMap<>(Map.of("TaskName", "codes", "TemplateName", template, "DeliveryType", "1", "ExpiredSeconds", "600"));
        for (int i = 0; i < devices.size(); i++) {
            multiple.put("TargetMsg." + (i + 1) + ".Target", devices.get(i));
            multiple.put("TargetMsg." + (i + 1) + ".MsgKey", "code-" + i);
            multiple.put("TargetMsg." + (i + 1) + ".TemplateKeyValue", "{\"name\":\"n" + i + "\",\"code\":\"" + i + "\"}");
        }
        String taskId = VendorApp.taskId(app.call("PushMultiple", multiple));
        awaitHandedOver(app, taskId, 3);
        assertEquals("OK", app.call("RevokePushTask", Map.of("TaskId", taskId)).get("ResultCode"));

        List<VendorStub.Received> sends = stub.await(mi + "/v3/message/regid", 4, WITHIN);
        Map<String, String> shownNotifyIds = new HashMap<>();
        sends.subList(0, 2).forEach(send -> shownNotifyIds.put(send.form().get("registration_id"), send.form().get("notify_id")));
        for (VendorStub.Received recall : sends.subList(2, 4)) {
            Map<String, String> form = recall.form();
            assertEquals(shownNotifyIds.get(form.get("registration_id")), form.get("notify_id"), form.toString());
            assertEquals("Message revoked", form.get("title"));
            assertEquals("Message revoked", form.get("description"));
        }
        Thread.sleep(2_000);
        assertEquals(1, stub.received(vivo + "/message/send").size(), "Herald has no way to take a vivo notification back, and sends nothing more");
        assertEquals(4, stub.received(mi + "/v3/message/regid").size(), "one recall per device, no more");
    }

    @Test
    void honorSendsWithItsTimestampHeaderAndFetchesANewTokenWhenRefused() throws Exception {
        String p = prefix("honor");
        VendorApp app = VendorApp.create("honor");
        stub.answer(p + "/auth/token", request -> VendorStub.Answer.json(200,
                "{\"access_token\":\"honor-access-" + stub.received(p + "/auth/token").size() + "\",\"expires_in\":3600}"));
        stub.answer(p + "/api/v1/104400/sendMessage", request -> request.header("Authorization").equals("Bearer honor-access-1")
                ? VendorStub.Answer.json(401, "{\"code\":80200003,\"message\":\"token expired\"}")
                : VendorStub.Answer.json(200, "{\"code\":200,\"message\":\"success\",\"data\":{\"sendResult\":true}}"));
        app.configured("honor", json("appId", "104400", "clientId", "honor-client", "clientSecret", "honor-secret",
                "baseUrl", stub.url(p), "tokenUrl", stub.url(p + "/auth/token")));
        String device = app.device("1", "honor", "honor-device", "carol", null);

        String taskId = VendorApp.taskId(app.pushSimple("1", device, Map.of("ThirdChannelCategory", "{\"honor\":\"IM\"}")));
        List<VendorStub.Received> sends = stub.await(p + "/api/v1/104400/sendMessage", 2, WITHIN);
        assertEquals("Bearer honor-access-2", sends.get(1).header("Authorization"), "a refused token is replaced, and the send retried");
        assertTrue(Long.parseLong(sends.get(1).header("timestamp")) > 1_600_000_000_000L);
        JsonObject body = sends.get(1).json();
        assertEquals("honor-device", body.getJsonArray("token").getString(0));
        assertEquals("Hello", body.getJsonObject("android").getJsonObject("notification").getString("title"));
        assertEquals("IM", body.getJsonObject("android").getString("category"));
        awaitHandedOver(app, taskId, 1);
    }

    @Test
    void xiaomiGetsAFormAuthorisedByTheAppSecret() throws Exception {
        String p = prefix("xiaomi");
        VendorApp app = VendorApp.create("xiaomi");
        stub.answer(p + "/v3/message/regid", request -> VendorStub.Answer.json(200, request.form().get("registration_id").equals("mi-bad")
                ? "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"m2\",\"bad_regids\":\"mi-bad\"}}"
                : "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"m1\"},\"description\":\"成功\"}"));
        app.configured("xiaomi", json("appSecret", "mi-secret", "packageName", "com.example.app", "baseUrl", stub.url(p + "/")));
        String device = app.device("1", "xiaomi", "mi-device", "dan", null);

        String taskId = VendorApp.taskId(app.pushSimple("1", device, Map.of("MiChannelId", "orders", "Uri", "https://example.com/o/42")));
        VendorStub.Received send = stub.await(p + "/v3/message/regid", 1, WITHIN).get(0);
        assertEquals("key=mi-secret", send.header("Authorization"));
        Map<String, String> form = send.form();
        assertEquals("mi-device", form.get("registration_id"));
        assertEquals("com.example.app", form.get("restricted_package_name"));
        assertEquals("Hello", form.get("title"));
        assertEquals("A body", form.get("description"));
        assertEquals("orders", form.get("extra.channel_id"));
        assertEquals("3", form.get("extra.notify_effect"));
        assertEquals("https://example.com/o/42", form.get("extra.web_uri"));
        awaitHandedOver(app, taskId, 1);

        String bad = app.device("1", "xiaomi", "mi-bad", "erin", null);
        app.pushSimple("1", bad, Map.of("MiChannelId", "orders"));
        Eventually.await("the bad Xiaomi regid forgotten", WITHIN, () -> !"mi-bad".equals(app.deviceState(bad).get("ThirdToken")));
    }

    @Test
    void aDeliveryTokenAnotherAppAlsoUsesIsSentWithThisAppsVendorToken() throws Exception {
        String p = prefix("xiaomi-shared");
        stub.answer(p + "/v3/message/regid", 200, "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"m1\"}}");
        String shared = "dt-shared-" + UUID.randomUUID();
        VendorApp first = VendorApp.create("shared-token");
        VendorApp second = VendorApp.create("shared-token");
        for (VendorApp app : List.of(first, second)) {
            app.configured("xiaomi", json("appSecret", "mi-secret", "packageName", "com.example.app", "baseUrl", stub.url(p + "/")));
            app.call("PushReport", Map.of("DeliveryToken", shared, "OsType", "1", "ThirdChannel", "xiaomi",
                    "ThirdChannelDeviceToken", app == first ? "mi-first" : "mi-second"));
        }

        VendorApp.taskId(first.pushSimple("1", shared, Map.of()));
        assertEquals("mi-first", stub.await(p + "/v3/message/regid", 1, WITHIN).get(0).form().get("registration_id"),
                "a delivery token is the app's own: another app's device under the same token is not this one");
    }

    @Test
    void oppoSignsItsAuthRequestAndCapsThePublicChannel() throws Exception {
        String p = prefix("oppo");
        VendorApp app = VendorApp.create("oppo");
        stub.answer(p + "/server/v1/auth", 200, "{\"code\":0,\"message\":\"Success\",\"data\":{\"auth_token\":\"oppo-auth\",\"create_time\":1}}");
        stub.answer(p + "/server/v1/message/notification/unicast", 200, "{\"code\":0,\"message\":\"Success\",\"data\":{\"messageId\":\"o1\"}}");
        app.configured("oppo", json("appKey", "oppo-key", "masterSecret", "oppo-master", "baseUrl", stub.url(p + "/")));
        String device = app.device("1", "oppo", "oppo-device", "fay", null);

        for (int i = 0; i < 3; i++) {
            app.pushSimple("1", device, Map.of("Title", "Sale " + i));
        }
        List<VendorStub.Received> sends = stub.await(p + "/server/v1/message/notification/unicast", 2, WITHIN);
        Map<String, String> auth = stub.received(p + "/server/v1/auth").get(0).form();
        assertEquals("oppo-key", auth.get("app_key"));
        assertEquals(sha256("oppo-key" + auth.get("timestamp") + "oppo-master"), auth.get("sign"));
        assertEquals("oppo-auth", sends.get(0).header("auth_token"));
        JsonObject message = Json.createReader(new StringReader(sends.get(0).form().get("message"))).readObject();
        assertEquals(2, message.getInt("target_type"));
        assertEquals("oppo-device", message.getString("target_value"));
        assertTrue(message.getJsonObject("notification").getString("title").startsWith("Sale "));
        Thread.sleep(2_000);
        assertEquals(2, stub.received(p + "/server/v1/message/notification/unicast").size(),
                "OPPO's public channel takes two messages per device a day; the third is not sent");
    }

    @Test
    void vivoSignsItsAuthRequestWithMd5AndSendsTheClassification() throws Exception {
        String p = prefix("vivo");
        VendorApp app = VendorApp.create("vivo");
        stub.answer(p + "/message/auth", 200, "{\"result\":0,\"desc\":\"请求成功\",\"authToken\":\"vivo-auth\"}");
        stub.answer(p + "/message/send", request -> VendorStub.Answer.json(200, request.json().getString("regId").equals("vivo-gone")
                ? "{\"result\":10302,\"desc\":\"regId不存在\"}" : "{\"result\":0,\"desc\":\"请求成功\",\"taskId\":\"v1\"}"));
        app.configured("vivo", json("appId", "vivo-app", "appKey", "vivo-key", "appSecret", "vivo-secret", "baseUrl", stub.url(p + "/")));
        String device = app.device("1", "vivo", "vivo-device", "gus", null);

        String taskId = VendorApp.taskId(app.pushSimple("1", device, Map.of("Classification", "1", "ThirdChannelCategory", "{\"vivo\":\"IM\"}")));
        VendorStub.Received send = stub.await(p + "/message/send", 1, WITHIN).get(0);
        JsonObject auth = stub.received(p + "/message/auth").get(0).json();
        assertEquals("vivo-app", auth.getString("appId"));
        assertEquals(md5("vivo-app" + "vivo-key" + auth.getJsonNumber("timestamp").longValue() + "vivo-secret"), auth.getString("sign"));
        assertEquals("vivo-auth", send.header("authToken"));
        JsonObject body = send.json();
        assertEquals("vivo-device", body.getString("regId"));
        assertEquals(1, body.getInt("classification"));
        assertEquals("IM", body.getString("category"));
        assertEquals("Hello", body.getString("title"));
        awaitHandedOver(app, taskId, 1);

        String gone = app.device("1", "vivo", "vivo-gone", "hal", null);
        app.pushSimple("1", gone, Map.of());
        Eventually.await("the unknown vivo regId forgotten", WITHIN, () -> !"vivo-gone".equals(app.deviceState(gone).get("ThirdToken")));
    }

    @Test
    void harmonySendsWithAJwtSignedByTheServiceAccountKey() throws Exception {
        String p = prefix("harmony");
        VendorApp app = VendorApp.create("harmony");
        KeyPair key = rsa();
        stub.answer(p + "/v3/harmony-project/messages:send", 200, "{\"code\":\"80000000\",\"msg\":\"Success\",\"requestId\":\"h1\"}");
        String account = Json.createObjectBuilder().add("project_id", "harmony-project").add("key_id", "hm-key-1").add("sub_account", "hm-sub")
                .add("private_key", pem(key)).add("token_uri", "https://oauth-login.cloud.huawei.com/oauth2/v3/token").build().toString();
        app.configured("harmony", json("serviceAccount", account, "baseUrl", stub.url(p + "/")));
        String device = app.device("7", "harmony", "hm-device", "ivy", null);

        String taskId = VendorApp.taskId(app.pushSimple("7", device, Map.of("ThirdChannelCategory", "{\"harmonyos\":\"WORK\"}")));
        VendorStub.Received send = stub.await(p + "/v3/harmony-project/messages:send", 1, WITHIN).get(0);
        assertEquals("0", send.header("push-type"));
        SignedJWT jwt = SignedJWT.parse(send.header("Authorization").substring("Bearer ".length()));
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) key.getPublic())), "signed with the service account's key");
        assertEquals("PS256", jwt.getHeader().getAlgorithm().getName());
        assertEquals("hm-key-1", jwt.getHeader().getKeyID());
        assertEquals("hm-sub", jwt.getJWTClaimsSet().getIssuer());
        JsonObject body = send.json();
        assertEquals("hm-device", body.getJsonObject("target").getJsonArray("token").getString(0));
        assertEquals("WORK", body.getJsonObject("payload").getJsonObject("notification").getString("category"));
        awaitHandedOver(app, taskId, 1);
    }

    @Test
    void fcmTakesItsAccessTokenFromTheServiceAccountsTokenUriAndRetriesWhenUnavailable() throws Exception {
        String p = prefix("fcm");
        VendorApp app = VendorApp.create("fcm");
        stub.answer(p + "/token", 200, "{\"access_token\":\"ya29.fcm-access\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
        stub.answer(p + "/v1/projects/fcm-project/messages:send", request -> {
            String token = request.json().getJsonObject("message").getString("token");
            if (token.equals("fcm-gone")) {
                return VendorStub.Answer.json(404, "{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}");
            }
            return stub.received(p + "/v1/projects/fcm-project/messages:send").size() == 1
                    ? VendorStub.Answer.json(503, "{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}")
                    : VendorStub.Answer.json(200, "{\"name\":\"projects/fcm-project/messages/1\"}");
        });
        KeyPair key = rsa();
        String account = Json.createObjectBuilder().add("type", "service_account").add("project_id", "fcm-project").add("private_key_id", "fk1")
                .add("private_key", pem(key)).add("client_email", "herald@fcm-project.iam.gserviceaccount.com").add("client_id", "1")
                .add("token_uri", stub.url(p + "/token")).build().toString();
        app.configured("fcm", json("serviceAccount", account, "baseUrl", stub.url(p + "/")));
        String device = app.device("1", "fcm", "fcm-device", "jo", null);

        String taskId = VendorApp.taskId(app.pushSimple("1", device, Map.of("ExtendedParams", "{\"k\":\"v\"}")));
        List<VendorStub.Received> sends = stub.await(p + "/v1/projects/fcm-project/messages:send", 2, WITHIN);
        assertEquals("Bearer ya29.fcm-access", sends.get(1).header("Authorization"));
        JsonObject message = sends.get(1).json().getJsonObject("message");
        assertEquals("fcm-device", message.getString("token"));
        assertEquals("Hello", message.getJsonObject("notification").getString("title"));
        assertEquals("v", message.getJsonObject("data").getString("k"));
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", stub.received(p + "/token").get(0).form().get("grant_type"));
        awaitHandedOver(app, taskId, 1);

        String gone = app.device("1", "fcm", "fcm-gone", "kim", null);
        app.pushSimple("1", gone, Map.of());
        Eventually.await("the unregistered FCM token forgotten", WITHIN, () -> !"fcm-gone".equals(app.deviceState(gone).get("ThirdToken")));
    }

    @Test
    void aHungVendorDoesNotHoldUpAnotherChannel() throws Exception {
        String hung = prefix("huawei-hung");
        String xiaomi = prefix("xiaomi-busy");
        VendorApp app = VendorApp.create("hung");
        stub.answer(hung + "/token", 200, "{\"access_token\":\"t\",\"expires_in\":3600}");
        stub.hang(hung + "/v1/1/messages:send");
        stub.answer(xiaomi + "/v3/message/regid", 200, "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"m\"}}");
        app.configured("huawei", json("appId", "1", "clientSecret", "s", "baseUrl", stub.url(hung + "/"), "tokenUrl", stub.url(hung + "/token")));
        app.configured("xiaomi", json("appSecret", "s", "packageName", "p", "baseUrl", stub.url(xiaomi + "/")));
        for (int i = 0; i < 8; i++) {
            app.pushSimple("1", app.device("1", "huawei", "hw-" + i, "hung-" + i, null), Map.of("ThirdChannelCategory", "{\"hms\":\"1\"}"));
        }
        stub.await(hung + "/v1/1/messages:send", 4, WITHIN);
        for (int i = 0; i < 20; i++) {
            app.pushSimple("1", app.device("1", "xiaomi", "mi-" + i, "busy-" + i, null), Map.of("MiChannelId", "c"));
        }
        stub.await(xiaomi + "/v3/message/regid", 20, Duration.ofSeconds(10));
    }

    @Test
    void credentialsAreCheckedSealedAndReplacedWithoutARestart() throws Exception {
        String p = prefix("xiaomi-rotate");
        VendorApp app = VendorApp.create("credentials");
        assertEquals(400, app.configure("xiaomi", json("packageName", "p")).statusCode(), "appSecret is required");
        assertEquals(404, app.configure("carrier-pigeon", json("a", "b")).statusCode());
        assertEquals(400, app.configure("fcm", json("serviceAccount", "{\"not\":\"a key\"}")).statusCode());
        stub.answer(p + "/v3/message/regid", 200, "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"m\"}}");
        app.configured("xiaomi", json("appSecret", "first-secret", "packageName", "p", "baseUrl", stub.url(p + "/")));

        var listed = Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.id() + "/channels")).GET());
        assertEquals(200, listed.statusCode());
        assertFalse(listed.body().contains("first-secret"), "secrets never leave Herald: " + listed.body());
        assertTrue(listed.body().contains("\"appSecret\""), listed.body());

        String device = app.device("1", "xiaomi", "mi-rotating", "lee", null);
        app.pushSimple("1", device, Map.of("MiChannelId", "c"));
        assertEquals("key=first-secret", stub.await(p + "/v3/message/regid", 1, WITHIN).get(0).header("Authorization"));
        app.configured("xiaomi", json("appSecret", "second-secret", "packageName", "p", "baseUrl", stub.url(p + "/")));
        app.pushSimple("1", device, Map.of("MiChannelId", "c"));
        assertEquals("key=second-secret", stub.await(p + "/v3/message/regid", 2, WITHIN).get(1).header("Authorization"));

        Eventually.await("the send rate per channel in the metrics", WITHIN, () -> metric("herald_deliveries", "channel=\"xiaomi\"", "outcome=\"sent\""));
        assertTrue(metric("messaging_activemq_message_count", "name=\"jms.queue.herald.channel.xiaomi.dlq\""), "the dead-letter queue's depth");
        assertTrue(metric("herald_channel_breaker_open", "channel=\"xiaomi\""), "the breaker's state");
        assertEquals(200, Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/channels/xiaomi/dead-letters/redrive"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(404, Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/channels/carrier-pigeon/dead-letters/redrive"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());

        assertEquals(204, Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.id() + "/channels/xiaomi")).DELETE()).statusCode());
        assertEquals(404, Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.id() + "/channels/xiaomi")).DELETE()).statusCode());
    }

    @Test
    void contentOverAVendorsLimitIsRefusedBeforeAnythingIsSent() throws Exception {
        VendorApp app = VendorApp.create("limits");
        String device = app.device("1", "xiaomi", "mi-limit", "max", null);
        String longTitle = "x".repeat(51);
        assertEquals("OK", app.pushSimple("1", device, Map.of("Title", longTitle)).get("ResultCode"), "no vendor configured: nothing to break");
        app.configured("xiaomi", json("appSecret", "s", "packageName", "p", "baseUrl", stub.url(prefix("xiaomi-limit") + "/")));
        assertEquals("3043", app.pushSimple("1", device, Map.of("Title", longTitle)).get("ResultCode"), "Xiaomi allows 50 characters");
        assertEquals("3043", app.pushSimple("3", "max", Map.of("Content", "y".repeat(129))).get("ResultCode"), "and 128 for the body");
        assertEquals("OK", app.pushSimple("2", "some-ios-device", Map.of("Title", longTitle)).get("ResultCode"), "an iOS push never uses Xiaomi");
        assertEquals("OK", app.pushSimple("1", device, Map.of("Title", longTitle, "NotifyType", "transparent")).get("ResultCode"),
                "Herald's own channel has no limit");
    }

    @Test
    void aTencentRecipientWhoIsOfflineGetsTheOfflinePushInfoOnItsVendor() throws Exception {
        String p = prefix("oppo-tim");
        VendorApp app = VendorApp.create("tim-vendor");
        TimApp tim = withAliceAndBob(app);
        stub.answer(p + "/server/v1/auth", 200, "{\"code\":0,\"data\":{\"auth_token\":\"a\"}}");
        stub.answer(p + "/server/v1/message/notification/unicast", 200, "{\"code\":0,\"data\":{\"messageId\":\"o\"}}");
        app.configured("oppo", json("appKey", "k", "masterSecret", "m", "baseUrl", stub.url(p + "/")));
        app.device("1", "oppo", "oppo-bob", "bob", null);
        String send = "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":%d,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\","
                + "\"MsgContent\":{\"Text\":\"%s\"}}]%s}";

        assertEquals(0, tim.call("openim/sendmsg", String.format(send, 1, "see you at eight",
                ",\"OfflinePushInfo\":{\"Title\":\"Alice\",\"Ext\":\"{\\\"room\\\":7}\",\"AndroidInfo\":{\"OPPOChannelID\":\"chat\"}}")).getInt("ErrorCode"));
        JsonObject notification = Json.createReader(new StringReader(
                stub.await(p + "/server/v1/message/notification/unicast", 1, WITHIN).get(0).form().get("message"))).readObject().getJsonObject("notification");
        assertEquals("Alice", notification.getString("title"));
        assertEquals("see you at eight", notification.getString("content"), "without Desc, the message's own text");
        assertEquals("chat", notification.getString("channel_id"));
        assertEquals("{\"ext\":\"{\\\"room\\\":7}\"}", notification.getString("action_parameters"));

        assertEquals(0, tim.call("openim/sendmsg", String.format(send, 2, "no push for this one", "")).getInt("ErrorCode"));
        JsonObject tooLong = tim.call("openim/sendmsg", String.format(send, 3, "x", ",\"OfflinePushInfo\":{\"Title\":\"" + "t".repeat(33) + "\"}"));
        assertEquals(90043, tooLong.getInt("ErrorCode"), "OPPO allows 32 characters of title: " + tooLong);
        Thread.sleep(1_000);
        assertEquals(1, stub.received(p + "/server/v1/message/notification/unicast").size(), "only the message with OfflinePushInfo went to OPPO");
    }

    @Test
    void aWithdrawnTencentMessageIsReplacedOnTheRecipientsXiaomiDevice() throws Exception {
        String p = prefix("xiaomi-tim");
        VendorApp app = xiaomiApp("tim-recall", p);
        TimApp tim = withAliceAndBob(app);
        app.device("1", "xiaomi", "mi-bob", "bob", null);
        double sentBefore = metricValue("herald_deliveries_total", "channel=\"xiaomi\"", "outcome=\"sent\"");
        JsonObject sent = tim.call("openim/sendmsg", "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":7,\"MsgBody\":[{\"MsgType\":"
                + "\"TIMTextElem\",\"MsgContent\":{\"Text\":\"meet at the old place\"}}],\"OfflinePushInfo\":{\"Title\":\"Alice\"}}");
        Map<String, String> shown = stub.await(p + "/v3/message/regid", 1, WITHIN).get(0).form();
        assertEquals("meet at the old place", shown.get("description"));
        Eventually.await("the push recorded as handed to Xiaomi", WITHIN,
                () -> metricValue("herald_deliveries_total", "channel=\"xiaomi\"", "outcome=\"sent\"") > sentBefore);

        JsonObject withdrawn = tim.call("openim/admin_msgwithdraw", "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgKey\":\"" + sent.getString("MsgKey") + "\"}");
        assertEquals(0, withdrawn.getInt("ErrorCode"), withdrawn.toString());
        Map<String, String> recall = stub.await(p + "/v3/message/regid", 2, WITHIN).get(1).form();
        assertEquals("mi-bob", recall.get("registration_id"));
        assertEquals(shown.get("notify_id"), recall.get("notify_id"));
        assertEquals("Message revoked", recall.get("description"));
    }

    /** The app's Tencent side, with the accounts alice and bob imported. */
    private static TimApp withAliceAndBob(VendorApp app) throws Exception {
        JsonObject identity = app.created().getJsonObject("app");
        TimApp tim = TimApp.of(app.id(), identity.getJsonNumber("sdkAppId").longValue(), app.created().getString("secretKey"), identity.getString("adminIdentifier"));
        for (String user : List.of("alice", "bob")) {
            assertEquals(0, tim.call("im_open_login_svc/account_import", "{\"UserID\":\"" + user + "\"}").getInt("ErrorCode"));
        }
        return tim;
    }

    /** The sum of the metric's samples with these labels, 0 when there are none. */
    private static double metricValue(String name, String... labels) {
        return Http.get(URI.create(Herald.MANAGEMENT + "/metrics")).body().lines()
                .filter(line -> line.startsWith(name) && Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static boolean metric(String name, String... labels) {
        return Http.get(URI.create(Herald.MANAGEMENT + "/metrics")).body().lines()
                .anyMatch(line -> line.startsWith(name) && Arrays.stream(labels).allMatch(line::contains));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static String sha256(String text) throws Exception {
        return digest("SHA-256", text);
    }

    private static String md5(String text) throws Exception {
        return digest("MD5", text);
    }

    private static String digest(String algorithm, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
