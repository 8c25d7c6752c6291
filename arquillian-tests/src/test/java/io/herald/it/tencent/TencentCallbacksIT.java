package io.herald.it.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.CallbackBackend;
import io.herald.it.support.CallbackBackend.Reply;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.Tim;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The C2C send-message callbacks against a real HTTP endpoint started by the test: what the app's
 * backend receives, and how each of its answers changes what sendmsg does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TencentCallbacksIT {

    private static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"original\"}}]";
    private static final String BEFORE = "C2C.CallbackBeforeSendMsg";
    private static final String AFTER = "C2C.CallbackAfterSendMsg";
    private static final String TOKEN = "cb-token";

    private static CallbackBackend backend;
    private static long appRecordId;
    private static long sdkAppId;
    private static String secretKey;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeAll
    static void startBackend() {
        backend = new CallbackBackend();
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @BeforeEach
    void appWithCallbacks() {
        if (secretKey == null) {
            JsonObject created = Herald.createApp("callbacks");
            appRecordId = created.getJsonObject("app").getJsonNumber("id").longValue();
            sdkAppId = created.getJsonObject("app").getJsonNumber("sdkAppId").longValue();
            secretKey = created.getString("secretKey");
            assertEquals(0, call("im_open_login_svc/multiaccount_import", "{\"Accounts\":[\"alice\",\"bob\"]}").getInt("ErrorCode"));
        }
        configure(false);
        backend.answer(r -> Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}"));
    }

    private static void configure(boolean failClosed) {
        HttpResponse<String> response = Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + appRecordId + "/tencent-settings"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"callback\":{\"url\":\"" + backend.url() + "\",\"token\":\"" + TOKEN
                        + "\",\"timeoutMillis\":500,\"failClosed\":" + failClosed + "}}")));
        assertEquals(200, response.statusCode(), response.body());
    }

    private static JsonObject call(String path, String body) {
        return Tim.call("/v4/" + path, sdkAppId, "administrator", Tim.sign(sdkAppId, secretKey, "administrator", 3600), body);
    }

    private static JsonObject send(String extra) {
        return call("openim/sendmsg", "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":" + ThreadLocalRandom.current().nextLong(1, 4294967295L)
                + ",\"MsgBody\":" + TEXT + extra + "}");
    }

    private static int historySize(JsonObject sent) {
        long time = sent.getJsonNumber("MsgTime").longValue();
        JsonObject history = call("openim/admin_getroammsg", "{\"Operator_Account\":\"bob\",\"Peer_Account\":\"alice\",\"MaxCnt\":100,\"MinTime\":" + time + ",\"MaxTime\":" + time + "}");
        return (int) history.getJsonArray("MsgList").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("MsgKey").equals(sent.getString("MsgKey"))).count();
    }

    @Test
    void theBackendIsAskedFirstAndToldAfterSignedAsTencentSignsAndMayChangeTheMessage() throws Exception {
        backend.answer(r -> BEFORE.equals(r.query().get("CallbackCommand"))
                ? Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"edited\"}}],\"CloudCustomData\":\"from backend\"}")
                : Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}"));
        JsonObject sent = send("");
        assertEquals(0, sent.getInt("ErrorCode"), sent.toString());
        String key = sent.getString("MsgKey");

        CallbackBackend.Received before = backend.received(BEFORE, key).get(0);
        Map<String, String> query = before.query();
        assertEquals(String.valueOf(sdkAppId), query.get("SdkAppid"));
        assertEquals("json", query.get("contenttype"));
        assertEquals("RESTAPI", query.get("OptPlatform"));
        assertEquals("127.0.0.1", query.get("ClientIP"));
        assertEquals("it", query.get("tenant"), "the backend's own query parameters are kept");
        String expectedSign = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((TOKEN + query.get("RequestTime")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expectedSign, query.get("Sign"));
        assertEquals(BEFORE, before.body().getString("CallbackCommand"));
        assertEquals("alice", before.body().getString("From_Account"));
        assertEquals("bob", before.body().getString("To_Account"));
        assertEquals(0, before.body().getInt("OnlineOnlyFlag"));
        assertEquals("original", before.body().getJsonArray("MsgBody").getJsonObject(0).getJsonObject("MsgContent").getString("Text"));

        Eventually.await("the after-send callback", Duration.ofSeconds(20), () -> !backend.received(AFTER, key).isEmpty());
        JsonObject after = backend.received(AFTER, key).get(0).body();
        assertEquals(0, after.getInt("SendMsgResult"));
        assertEquals("edited", after.getJsonArray("MsgBody").getJsonObject(0).getJsonObject("MsgContent").getString("Text"));
        assertEquals("from backend", after.getString("CloudCustomData"));
        assertTrue(after.getInt("UnreadMsgNum") >= 1);

        long time = sent.getJsonNumber("MsgTime").longValue();
        JsonObject stored = call("openim/admin_getroammsg", "{\"Operator_Account\":\"bob\",\"Peer_Account\":\"alice\",\"MaxCnt\":100,\"MinTime\":" + time + ",\"MaxTime\":" + time + "}")
                .getJsonArray("MsgList").getValuesAs(JsonObject.class).stream().filter(m -> m.getString("MsgKey").equals(key)).findFirst().orElseThrow();
        assertEquals("edited", stored.getJsonArray("MsgBody").getJsonObject(0).getJsonObject("MsgContent").getString("Text"));
    }

    @Test
    void aRefusalIs20006AndNothingIsSent() {
        backend.answer(r -> Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":1}"));
        JsonObject refused = send("");
        assertEquals(20006, refused.getInt("ErrorCode"), refused.toString());
        assertEquals("FAIL", refused.getString("ActionStatus"));
    }

    @Test
    void theAppsOwnCodesReachTheSender() {
        backend.answer(r -> Reply.ok("{\"ActionStatus\":\"FAIL\",\"ErrorInfo\":\"blocked by policy\",\"ErrorCode\":120005}"));
        JsonObject refused = send("");
        assertEquals(120005, refused.getInt("ErrorCode"));
        assertEquals("blocked by policy", refused.getString("ErrorInfo"));
    }

    @Test
    void aSilentDropAnswersSuccessButKeepsNothing() {
        backend.answer(r -> Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":2}"));
        JsonObject dropped = send("");
        assertEquals(0, dropped.getInt("ErrorCode"), dropped.toString());
        assertEquals(0, historySize(dropped));
    }

    @Test
    void aBackendThatTimesOutLetsMessagesThroughUnlessTheAppFailsClosed() {
        backend.answer(r -> new Reply(200, "{\"ErrorCode\":1}", Duration.ofMillis(1500)));
        JsonObject open = send("");
        assertEquals(0, open.getInt("ErrorCode"), open.toString());
        assertEquals(1, historySize(open));

        configure(true);
        JsonObject closed = send("");
        assertEquals(80003, closed.getInt("ErrorCode"), closed.toString());
    }

    @Test
    void forbidCallbackControlKeepsTheBackendOutAndBatchesNeverCallIt() throws Exception {
        JsonObject sent = send(",\"ForbidCallbackControl\":[\"ForbidBeforeSendMsgCallback\",\"ForbidAfterSendMsgCallback\"]");
        assertEquals(0, sent.getInt("ErrorCode"));
        JsonObject batch = call("openim/batchsendmsg", "{\"To_Account\":[\"alice\",\"bob\"],\"MsgRandom\":5,\"MsgBody\":" + TEXT + "}");
        assertEquals(0, batch.getInt("ErrorCode"));
        Thread.sleep(1500);
        for (String key : List.of(sent.getString("MsgKey"), batch.getString("MsgKey"))) {
            assertEquals(List.of(), backend.received(BEFORE, key));
            assertEquals(List.of(), backend.received(AFTER, key));
        }
    }

    @Test
    void anAfterSendCallbackThatFailsIsRetried() {
        AtomicInteger afterCalls = new AtomicInteger();
        backend.answer(r -> AFTER.equals(r.query().get("CallbackCommand")) && afterCalls.incrementAndGet() == 1
                ? new Reply(503, "busy", Duration.ZERO)
                : Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}"));
        String key = send("").getString("MsgKey");
        Eventually.await("a second after-send attempt", Duration.ofSeconds(30), () -> backend.received(AFTER, key).size() >= 2);
        assertEquals(List.of(AFTER, AFTER), backend.received(AFTER, key).stream().map(r -> r.body().getString("CallbackCommand")).toList());
    }

    @Test
    void callbackSettingsAreValidated() {
        HttpResponse<String> response = Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + appRecordId + "/tencent-settings"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"callback\":{\"url\":\"ftp://example.com\"}}")));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(!Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + appRecordId)).GET()).body().contains(TOKEN), "the token is never shown");
    }
}
