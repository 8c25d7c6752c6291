package io.herald.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.DeviceApi;
import io.herald.it.support.Eventually;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.Mpaas;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * mPaaS devices on Herald's own channel: registered through the device API with the app's device
 * key, connected with their deliveryToken and secret, reached by the mPaaS push actions, and the
 * source of the arrival and open figures the statistics show.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeviceGatewayIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofMillis(1500);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static Map<String, Object> call(String action, Map<String, Object> parameters) throws Exception {
        return Mpaas.bootstrap().call(action, parameters);
    }

    @SuppressWarnings("unchecked")
    private static String push(String deliveryType, String target, String msgKey, String title) throws Exception {
        Map<String, Object> answer = call("PushSimple", new HashMap<>(Map.of("TaskName", "device-test", "Title", title, "Content", "body of " + title,
                "DeliveryType", deliveryType, "TargetMsgkey", "{\"" + target + "\":\"" + msgKey + "\"}", "ExpiredSeconds", "600")));
        assertEquals("OK", answer.get("ResultCode"), answer.toString());
        return (String) ((Map<String, Object>) answer.get("PushResult")).get("Data");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> taskDetail(String taskId) throws Exception {
        return (Map<String, Object>) ((Map<String, Object>) call("QueryPushAnalysisTaskDetail", Map.of("TaskId", taskId)).get("ResultContent")).get("Data");
    }

    @SuppressWarnings("unchecked")
    private static String deviceState(String deliveryToken) throws Exception {
        return (String) ((Map<String, Object>) call("PushQueryDeviceState", Map.of("Target", deliveryToken, "TargetType", "1")).get("Data")).get("Statue");
    }

    private static long number(Map<String, Object> detail, String field) {
        return ((Number) detail.get(field)).longValue();
    }

    @Test
    void aConnectedDeviceReceivesAPushAndItsAckAndOpenAreCounted() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("android");
        assertEquals("OFFLINE", deviceState(device.deliveryToken()));
        try (GatewayClient phone = device.connect()) {
            JsonObject hello = phone.hello();
            assertNotNull(hello, "admitted and greeted");
            assertEquals(device.deliveryToken(), hello.getString("deliveryToken"));
            assertEquals(0, hello.getInt("pending"));
            assertEquals("ONLINE", deviceState(device.deliveryToken()));

            String taskId = push("1", device.deliveryToken(), "order-1", "Parcel");
            JsonObject frame = phone.next(WAIT);
            assertEquals("message", frame.getString("type"));
            assertEquals("push", frame.getString("kind"));
            assertEquals(taskId, frame.getString("taskId"));
            assertEquals("order-1", frame.getString("msgKey"));
            assertEquals("Parcel", frame.getJsonObject("payload").getString("title"));

            long id = frame.getJsonNumber("id").longValue();
            phone.ack(id);
            phone.open(id);
            Eventually.await("the arrival counted", WAIT, () -> number(taskDetail(taskId), "PushArrivalNum") == 1);
            assertEquals(1, number(taskDetail(taskId), "PushSuccessNum"));
        }
        Eventually.await("the device offline once its session ended", WAIT, () -> "OFFLINE".equals(deviceState(device.deliveryToken())));
    }

    @Test
    void aPushWrittenToADeviceThatHasNotAcknowledgedItCountsAsSentNotArrived() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("android");
        try (GatewayClient phone = device.connect()) {
            phone.hello();
            String taskId = push("1", device.deliveryToken(), "unacknowledged", "Quiet");
            assertEquals("message", phone.next(WAIT).getString("type"));
            Eventually.await("the push counted as sent", WAIT, () -> number(taskDetail(taskId), "PushSuccessNum") == 1);
            assertEquals(0, number(taskDetail(taskId), "PushArrivalNum"));
        }
    }

    @Test
    void aDeviceOfflineAtPushTimeGetsItOnConnectAndAUserBoundFromTheDeviceIsReached() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("android");
        String user = "device-user-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(204, device.call("bind", DeviceApi.json("userId", user, "phoneNumber", "13800000000")).statusCode());

        push("3", user, "to-user", "For the user");
        try (GatewayClient phone = device.connect()) {
            assertEquals(1, phone.hello().getInt("pending"));
            JsonObject frame = phone.next(WAIT);
            assertEquals("For the user", frame.getJsonObject("payload").getString("title"));
            phone.ack(frame.getJsonNumber("id").longValue());
            assertEquals(List.of(), phone.receivedWithin(QUIET));
        }
        assertEquals(204, device.call("unbind", "{}").statusCode());
        push("3", user, "after-unbind", "Nobody");
        try (GatewayClient phone = device.connect()) {
            assertEquals(0, phone.hello().getInt("pending"), "an unbound device no longer gets the user's pushes");
        }
    }

    @Test
    void aRevokedPushIsRemovedFromTheDeviceThatHasItAndNeverReachesOneThatDoesNot() throws Exception {
        DeviceApi.Registered online = DeviceApi.register("android");
        DeviceApi.Registered offline = DeviceApi.register("android");
        try (GatewayClient phone = online.connect()) {
            push("1", online.deliveryToken(), "take-back", "Oops");
            push("1", offline.deliveryToken(), "take-back-too", "Oops");
            JsonObject frame = phone.next(WAIT);
            assertEquals("OK", call("RevokePushMessage", Map.of("MessageId", "take-back", "TargetId", online.deliveryToken())).get("ResultCode"));
            assertEquals("OK", call("RevokePushMessage", Map.of("MessageId", "take-back-too", "TargetId", offline.deliveryToken())).get("ResultCode"));
            JsonObject revoke = phone.next(WAIT);
            assertEquals("revoke", revoke.getString("type"));
            assertEquals(frame.getJsonNumber("id").longValue(), revoke.getJsonNumber("id").longValue());
            assertEquals("take-back", revoke.getString("msgKey"));
        }
        try (GatewayClient phone = offline.connect()) {
            assertEquals(0, phone.hello().getInt("pending"));
            assertEquals(List.of(), phone.receivedWithin(QUIET));
        }
    }

    @Test
    void opensAndDismissalsCanBeReportedThroughTheDeviceApiOnlyForTheDevicesOwnDeliveries() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("ios");
        DeviceApi.Registered other = DeviceApi.register("android");
        String taskId = push("2", device.deliveryToken(), "tapped", "Tap me");
        long id;
        try (GatewayClient phone = device.connect()) {
            id = phone.next(WAIT).getJsonNumber("id").longValue();
        }
        HttpResponse<String> stranger = other.call("report", "{\"id\":" + id + ",\"event\":\"open\"}");
        assertEquals(404, stranger.statusCode());
        assertEquals("UnknownDelivery", Http.json(stranger).getString("code"));
        assertEquals(400, device.call("report", "{\"id\":" + id + ",\"event\":\"liked\"}").statusCode());
        assertEquals(204, device.call("report", "{\"id\":" + id + ",\"event\":\"open\"}").statusCode());
        assertEquals(1, number(taskDetail(taskId), "PushArrivalNum"), "an open implies the arrival");
        try (GatewayClient phone = device.connect()) {
            assertEquals(0, phone.hello().getInt("pending"), "what was opened is not sent again");
        }
    }

    @Test
    void theDeviceApiRefusesWhatItMustWithItsCodes() {
        HttpResponse<String> noKey = DeviceApi.post("register", null, null, null, DeviceApi.json("platform", "android"));
        assertEquals(401, noKey.statusCode());
        assertEquals("InvalidDeviceKey", Http.json(noKey).getString("code"));
        assertEquals(401, DeviceApi.post("register", "hdk_not-a-key", null, null, DeviceApi.json("platform", "android")).statusCode());
        HttpResponse<String> badPlatform = DeviceApi.post("register", Herald.BOOTSTRAP_DEVICE_KEY, null, null, DeviceApi.json("platform", "symbian"));
        assertEquals(400, badPlatform.statusCode());
        assertEquals("InvalidRequest", Http.json(badPlatform).getString("code"));
        assertEquals(400, DeviceApi.post("register", Herald.BOOTSTRAP_DEVICE_KEY, null, null, "{not json").statusCode());
        assertEquals(400, DeviceApi.post("register", Herald.BOOTSTRAP_DEVICE_KEY, null, null,
                DeviceApi.json("platform", "android", "vendorChannel", "nokia", "vendorToken", "t")).statusCode());

        DeviceApi.Registered device = DeviceApi.register("harmony");
        assertNotEquals(device.deliveryToken(), DeviceApi.register("harmony").deliveryToken());
        HttpResponse<String> wrongSecret = DeviceApi.post("bind", Herald.BOOTSTRAP_DEVICE_KEY, device.deliveryToken(), "guessed", DeviceApi.json("userId", "u"));
        assertEquals(401, wrongSecret.statusCode());
        assertEquals("InvalidDeviceCredentials", Http.json(wrongSecret).getString("code"));
        assertEquals(400, device.call("bind", "{}").statusCode(), "a userId is required");
        assertEquals(204, device.call("vendor-token", DeviceApi.json("channel", "harmony", "token", "hm-token")).statusCode());
        assertEquals(404, DeviceApi.post("nothing-here", Herald.BOOTSTRAP_DEVICE_KEY, null, null, "{}").statusCode());

        try (GatewayClient forged = GatewayClient.connectDevice(Herald.BOOTSTRAP_DEVICE_KEY, device.deliveryToken(), "guessed")) {
            assertNull(forged.hello());
            assertEquals(4001, forged.closeCode(WAIT));
        }
        assertTrue(device.call("unbind", "{}").statusCode() == 204, "unbinding an unbound device is already the case");
    }

    @Test
    void aDisabledAppsDevicesAreRefusedAndOnlyPostIsAllowed() {
        JsonObject app = Herald.createApp("disabled-devices").getJsonObject("app");
        String deviceKey = app.getString("deviceKey");
        DeviceApi.Registered device = DeviceApi.register(deviceKey, "android");
        Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.getInt("id") + "/disable"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> refused = DeviceApi.post("register", deviceKey, null, null, DeviceApi.json("platform", "android"));
        assertEquals(403, refused.statusCode());
        assertEquals("AppDisabled", Http.json(refused).getString("code"));
        try (GatewayClient phone = device.connect()) {
            assertEquals(4001, phone.closeCode(WAIT));
        }
        HttpResponse<String> get = Http.get(Herald.http("/device/v1/register"));
        assertEquals(405, get.statusCode());
        assertEquals("MethodNotAllowed", Http.json(get).getString("code"));
    }
}
