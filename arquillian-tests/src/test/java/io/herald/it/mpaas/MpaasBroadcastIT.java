package io.herald.it.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.DeviceApi;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Mpaas;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PushBroadcast through Alibaba's Tea client, to devices of an app of its own connected with the reference client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MpaasBroadcastIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(1500);

    private Mpaas client;
    private String deviceKey;
    private String template;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeEach
    void app() throws Exception {
        JsonObject created = Herald.createApp("broadcast");
        client = new Mpaas(created.getString("accessKeyId"), created.getString("accessKeySecret"), created.getJsonObject("app").getString("mpsAppId"));
        deviceKey = created.getJsonObject("app").getString("deviceKey");
        template = "notice_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        assertEquals("100", client.call("CreateTemplate", Map.of("TemplateName", template, "Title", "Notice", "Content", "#what# for everyone")).get("Code"));
    }

    private Map<String, Object> broadcast(Map<String, Object> overrides) throws Exception {
        Map<String, Object> p = new HashMap<>(Map.of("TaskName", "broadcast", "TemplateName", template, "TemplateKeyValue", "{\"what\":\"news\"}",
                "DeliveryType", "1", "Msgkey", UUID.randomUUID().toString(), "ExpiredSeconds", "600"));
        p.putAll(overrides);
        p.values().removeIf(v -> v == null);
        return client.call("PushBroadcast", p);
    }

    private static String content(JsonObject frame) {
        return frame.getJsonObject("payload").getString("content");
    }

    @Test
    void boundAndUnboundDevicesAreReachedAsPushStatusSaysAndLaterConnectionsPullIt() throws Exception {
        DeviceApi.Registered bound = DeviceApi.register(deviceKey, "android");
        bound.call("bind", DeviceApi.json("userId", "reader"));
        DeviceApi.Registered unbound = DeviceApi.register(deviceKey, "android");
        DeviceApi.Registered boundLater = DeviceApi.register(deviceKey, "android");
        boundLater.call("bind", DeviceApi.json("userId", "late-reader"));
        DeviceApi.Registered iphone = DeviceApi.register(deviceKey, "ios");
        iphone.call("bind", DeviceApi.json("userId", "reader"));

        try (GatewayClient a = bound.connect(); GatewayClient b = unbound.connect(); GatewayClient i = iphone.connect()) {
            assertEquals("OK", broadcast(Map.of("PushStatus", "0", "BindPeriod", "4")).get("ResultCode"));
            assertEquals("news for everyone", content(a.next(WAIT)));
            assertEquals(List.of(), b.receivedWithin(QUIET), "not bound");
            assertEquals(List.of(), i.receivedWithin(Duration.ofMillis(200)), "another platform");

            assertEquals("OK", broadcast(Map.of("PushStatus", "2", "UnBindPeriod", "1", "TemplateKeyValue", "{\"what\":\"hello\"}")).get("ResultCode"));
            assertEquals("hello for everyone", content(b.next(WAIT)));
            assertEquals(List.of(), a.receivedWithin(QUIET), "bound");
        }
        try (GatewayClient late = boundLater.connect()) {
            assertEquals(1, late.hello().getInt("pending"), "stored once, pulled on connect");
            assertEquals("news for everyone", content(late.next(WAIT)));
        }
    }

    @Test
    void aScheduledBroadcastFiresAtItsTime() throws Exception {
        DeviceApi.Registered device = DeviceApi.register(deviceKey, "android");
        device.call("bind", DeviceApi.json("userId", "someone"));
        try (GatewayClient phone = device.connect()) {
            Map<String, Object> scheduled = broadcast(Map.of("PushStatus", "0", "BindPeriod", "1", "StrategyType", "1",
                    "StrategyContent", "{\"fixedTime\":" + Instant.now().plusSeconds(3).toEpochMilli() + "}"));
            assertEquals("OK", scheduled.get("ResultCode"), scheduled.toString());
            assertEquals(List.of(), phone.receivedWithin(Duration.ofMillis(1500)), "not before its time");
            assertEquals("news for everyone", content(phone.next(WAIT)));
        }
    }

    @Test
    void everyBroadcastRuleHasItsResultCode() throws Exception {
        assertEquals("3030", broadcast(Map.of("DeliveryType", "3")).get("ResultCode"));
        assertEquals("3051", broadcast(Map.of("PushStatus", "1")).get("ResultCode"));
        assertEquals("3052", broadcast(Map.of("PushStatus", "2", "UnBindPeriod", "9")).get("ResultCode"));
        assertEquals("3053", broadcast(Map.of("PushStatus", "1", "UnBindPeriod", "4", "AndroidChannel", "1")).get("ResultCode"));
        assertEquals("3057", broadcast(Map.of("PushStatus", "0", "BindPeriod", "4", "AndroidChannel", "5")).get("ResultCode"));
        assertEquals("3028", broadcast(Map.of("PushStatus", "0")).get("ResultCode"), "BindPeriod is required");
        assertEquals("3022", broadcast(Map.of("PushStatus", "0", "BindPeriod", "4", "TemplateName", "no_such_template")).get("ResultCode"));
        Map<String, Object> first = broadcast(Map.of("PushStatus", "0", "BindPeriod", "4", "Msgkey", "once-only"));
        assertEquals("OK", first.get("ResultCode"));
        assertEquals("3028", broadcast(Map.of("PushStatus", "0", "BindPeriod", "4", "Msgkey", "once-only")).get("ResultCode"), "a Msgkey is used once");
        @SuppressWarnings("unchecked")
        String taskId = (String) ((Map<String, Object>) first.get("PushResult")).get("Data");
        assertEquals("OK", client.call("RevokePushTask", Map.of("TaskId", taskId)).get("ResultCode"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoreIndexCountsWhatDevicesReported() throws Exception {
        DeviceApi.Registered device = DeviceApi.register(deviceKey, "android");
        try (GatewayClient phone = device.connect()) {
            Map<String, Object> pushed = client.call("PushSimple", new HashMap<>(Map.of("TaskName", "counted", "Title", "t", "Content", "c",
                    "DeliveryType", "1", "TargetMsgkey", "{\"" + device.deliveryToken() + "\":\"k\"}", "ExpiredSeconds", "600")));
            assertEquals("OK", pushed.get("ResultCode"));
            long id = phone.next(WAIT).getJsonNumber("id").longValue();
            phone.ack(id);
            phone.open(id);
        }
        long now = Instant.now().toEpochMilli();
        Map<String, Object> window = Map.of("StartTime", String.valueOf(now - 86_400_000L), "EndTime", String.valueOf(now));
        io.herald.it.support.Eventually.await("the open counted", WAIT, () -> ((Number) ((Map<String, Object>) ((Map<String, Object>)
                client.call("QueryPushAnalysisCoreIndex", window).get("ResultContent")).get("Data")).get("OpenNum")).intValue() == 1);
        Map<String, Object> all = (Map<String, Object>) ((Map<String, Object>) client.call("QueryPushAnalysisCoreIndex", window).get("ResultContent")).get("Data");
        assertEquals(1, ((Number) all.get("PushTotalNum")).intValue());
        assertEquals(1, ((Number) all.get("PushNum")).intValue());
        assertEquals(1, ((Number) all.get("ArrivalNum")).intValue());
        assertEquals(1.0, ((Number) all.get("OpenRate")).doubleValue());
        Map<String, Object> byPlatform = new HashMap<>(window);
        byPlatform.put("Platform", "IOS");
        assertEquals(0, ((Number) ((Map<String, Object>) ((Map<String, Object>) client.call("QueryPushAnalysisCoreIndex", byPlatform)
                .get("ResultContent")).get("Data")).get("PushTotalNum")).intValue());
        Map<String, Object> byType = new HashMap<>(window);
        byType.put("Type", "BROADCAST");
        assertEquals(0, ((Number) ((Map<String, Object>) ((Map<String, Object>) client.call("QueryPushAnalysisCoreIndex", byType)
                .get("ResultContent")).get("Data")).get("PushTotalNum")).intValue());
        assertEquals("3028", client.call("QueryPushAnalysisCoreIndex", Map.of("StartTime", String.valueOf(now - 91L * 86_400_000L),
                "EndTime", String.valueOf(now))).get("ResultCode"), "at most 90 days");
    }
}
