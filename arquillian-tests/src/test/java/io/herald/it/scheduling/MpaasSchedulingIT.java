package io.herald.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.DeviceApi;
import io.herald.it.support.Eventually;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Mpaas;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fixed-time and recurring pushes through Alibaba's Tea client: they fire on time, list, cancel and are bounded as the seed says. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MpaasSchedulingIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    static Map<String, Object> call(Mpaas client, String action, Map<String, Object> parameters) throws Exception {
        return client.call(action, parameters);
    }

    @SuppressWarnings("unchecked")
    static String scheduled(Mpaas client, String deliveryToken, String title, String strategyType, String strategyContent) throws Exception {
        Map<String, Object> answer = client.call("PushSimple", new HashMap<>(Map.of("TaskName", "scheduled", "Title", title, "Content", "at its time",
                "DeliveryType", "1", "TargetMsgkey", "{\"" + deliveryToken + "\":\"key-" + title + "\"}", "ExpiredSeconds", "300",
                "StrategyType", strategyType, "StrategyContent", strategyContent)));
        assertEquals("OK", answer.get("ResultCode"), answer.toString());
        return (String) ((Map<String, Object>) answer.get("PushResult")).get("Data");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listed(String uniqueId) throws Exception {
        Map<String, Object> answer = Mpaas.bootstrap().call("QueryPushSchedulerList", Map.of("StartTime", "0",
                "EndTime", String.valueOf(Instant.now().plus(Duration.ofDays(400)).toEpochMilli()), "UniqueId", uniqueId));
        assertEquals("OK", answer.get("ResultCode"), answer.toString());
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) answer.get("ResultContent")).get("Data");
        List<Map<String, Object>> list = (List<Map<String, Object>>) data.get("List");
        assertEquals(list.size(), ((Number) data.get("TotalCount")).intValue());
        return list;
    }

    static String cancel(String ids, String type) throws Exception {
        Map<String, Object> answer = Mpaas.bootstrap().call("CancelPushScheduler", Map.of("UniqueIds", ids, "Type", type));
        assertEquals("OK", answer.get("ResultCode"), answer.toString());
        return (String) answer.get("ResultContent");
    }

    private static String fixedIn(Duration ahead) {
        return "{\"fixedTime\":" + Instant.now().plus(ahead).toEpochMilli() + "}";
    }

    @Test
    void aFixedTimePushArrivesAtItsTimeAndIsListedAsRun() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("android");
        try (GatewayClient phone = device.connect()) {
            Instant at = Instant.now().plusSeconds(4);
            String id = scheduled(Mpaas.bootstrap(), device.deliveryToken(), "on-time", "1", "{\"fixedTime\":" + at.toEpochMilli() + "}");
            assertTrue(id.matches("[0-9a-f]{32}"), id);
            Map<String, Object> before = listed(id).get(0);
            assertEquals(id, before.get("UniqueId"));
            assertEquals(id, before.get("ParentId"));
            assertEquals(at.toEpochMilli(), ((Number) before.get("PushTime")).longValue());
            assertEquals("on-time", before.get("PushTitle"));
            assertEquals(0, ((Number) before.get("Type")).intValue());
            assertEquals(1, ((Number) before.get("DeliveryType")).intValue());
            assertEquals(1, ((Number) before.get("StrategyType")).intValue());
            assertEquals("0", before.get("ExecutedStatus"));

            JsonObject frame = phone.next(Duration.ofSeconds(30));
            Instant arrived = Instant.now();
            assertEquals("on-time", frame.getJsonObject("payload").getString("title"));
            assertTrue(!arrived.isBefore(at), "not before its time: arrived " + arrived + ", planned " + at);
            assertTrue(arrived.isBefore(at.plusSeconds(10)), "at its time: arrived " + arrived + ", planned " + at);
            Eventually.await("listed as run", Duration.ofSeconds(10), () -> "1".equals(listed(id).get(0).get("ExecutedStatus")));
        }
    }

    @Test
    void aPushCancelledBeforeItsTimeNeverArrives() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("android");
        try (GatewayClient phone = device.connect()) {
            String id = scheduled(Mpaas.bootstrap(), device.deliveryToken(), "cancelled", "1", fixedIn(Duration.ofSeconds(3)));
            assertEquals("{" + id + "=1}", cancel(id, "0"));
            assertEquals("{" + id + "=0,unknown-id=0}", cancel(id + ", unknown-id", "0"), "only what has not run can be cancelled");
            assertEquals(List.of(), phone.receivedWithin(Duration.ofSeconds(6)));
            assertEquals("2", listed(id).get(0).get("ExecutedStatus"));
        }
    }

    @Test
    void aRecurringPushListsOneSubTaskPerOccurrenceAndCancelsBySubOrMainId() throws Exception {
        LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
        String daily = "{\"startTime\":" + tomorrow.atStartOfDay(SHANGHAI).toInstant().toEpochMilli()
                + ",\"endTime\":" + tomorrow.plusDays(2).atStartOfDay(SHANGHAI).toInstant().toEpochMilli()
                + ",\"circleType\":1,\"time\":\"08:30:00\"}";
        String main = scheduled(Mpaas.bootstrap(), DeviceApi.register("android").deliveryToken(), "daily", "2", daily);
        List<Map<String, Object>> firings = listed(main);
        assertEquals(3, firings.size());
        for (int day = 0; day < 3; day++) {
            Map<String, Object> firing = firings.get(day);
            assertEquals(main, firing.get("ParentId"));
            assertEquals(2, ((Number) firing.get("StrategyType")).intValue());
            assertEquals(tomorrow.plusDays(day).atTime(8, 30).atZone(SHANGHAI).toInstant().toEpochMilli(), ((Number) firing.get("PushTime")).longValue());
        }
        String firstSub = (String) firings.get(0).get("UniqueId");
        assertEquals(1, listed(firstSub).size(), "a sub id lists that firing only");
        assertEquals("{" + firstSub + "=1}", cancel(firstSub, "1"));
        assertEquals("{" + main + "=1}", cancel(main, "0"));
        assertEquals(List.of("2", "2", "2"), listed(main).stream().map(f -> f.get("ExecutedStatus")).toList());
        assertEquals("{" + main + "=0}", cancel(main, "0"));
    }

    @Test
    void badStrategiesAndListingsAreRefusedWith3028() throws Exception {
        String token = DeviceApi.register("android").deliveryToken();
        for (String[] strategy : new String[][] {{"1", fixedIn(Duration.ofSeconds(-5))}, {"1", "{}"}, {"2", "{\"circleType\":1}"}, {"9", "{}"}}) {
            Map<String, Object> answer = Mpaas.bootstrap().call("PushSimple", new HashMap<>(Map.of("TaskName", "bad", "Title", "t", "Content", "c",
                    "DeliveryType", "1", "TargetMsgkey", "{\"" + token + "\":\"k\"}", "ExpiredSeconds", "300",
                    "StrategyType", strategy[0], "StrategyContent", strategy[1])));
            assertEquals("3028", answer.get("ResultCode"), String.join(" ", strategy));
        }
        assertEquals("3028", Mpaas.bootstrap().call("QueryPushSchedulerList", Map.of("StartTime", "0")).get("ResultCode"));
        assertEquals("3028", Mpaas.bootstrap().call("CancelPushScheduler", Map.of("UniqueIds", String.join(",", java.util.Collections.nCopies(31, "x").stream()
                .map(x -> x + Math.random()).toList()))).get("ResultCode"));
    }

    @Test
    void anAppMayHaveAtMostOneHundredSchedulesThatHaveNotRun() throws Exception {
        JsonObject app = Herald.createApp("scheduling-limit");
        Mpaas client = new Mpaas(app.getString("accessKeyId"), app.getString("accessKeySecret"), app.getJsonObject("app").getString("mpsAppId"));
        for (int i = 0; i < 100; i++) {
            scheduled(client, "some-device", "later-" + i, "1", fixedIn(Duration.ofDays(1)));
        }
        Map<String, Object> refused = client.call("PushSimple", new HashMap<>(Map.of("TaskName", "one too many", "Title", "t", "Content", "c",
                "DeliveryType", "1", "TargetMsgkey", "{\"some-device\":\"k\"}", "ExpiredSeconds", "300",
                "StrategyType", "1", "StrategyContent", fixedIn(Duration.ofDays(1)))));
        assertEquals("3028", refused.get("ResultCode"), refused.toString());
    }
}
