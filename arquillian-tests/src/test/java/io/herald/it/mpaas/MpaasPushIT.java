package io.herald.it.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.Mpaas;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PushSimple and PushTemplate through Alibaba's Tea client: accepted pushes become tasks with their deliveries; bad ones get their result codes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MpaasPushIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static Map<String, Object> call(String action, Map<String, Object> parameters) throws Exception {
        return Mpaas.bootstrap().call(action, parameters);
    }

    private static Map<String, Object> simple(Map<String, Object> overrides) throws Exception {
        Map<String, Object> p = new HashMap<>(Map.of("TaskName", "news", "Title", "Hello", "Content", "Body", "DeliveryType", "3",
                "TargetMsgkey", "{\"somebody\":\"k-1\"}", "ExpiredSeconds", "300"));
        p.putAll(overrides);
        return call("PushSimple", p);
    }

    private static void assertCode(String code, Map<String, Object> body) {
        assertCode(code, body, body.toString());
    }

    @SuppressWarnings("unchecked")
    private static void assertCode(String code, Map<String, Object> body, String why) {
        assertEquals(code, body.get("ResultCode"), why + " " + body);
        assertEquals(code.equals("OK"), ((Map<String, Object>) body.get("PushResult")).get("Success"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPushToAUserWhoseAppHasNoCredentialsForItsDevicesVendorWaitsForTheGateway() throws Exception {
        String token = "dt-" + UUID.randomUUID().toString().replace("-", "");
        String user = "user-" + UUID.randomUUID().toString().substring(0, 8);
        call("PushReport", Map.of("DeliveryToken", token, "OsType", "1", "ThirdChannel", "xiaomi", "ThirdChannelDeviceToken", "mi-token"));
        call("PushBind", Map.of("DeliveryToken", token, "OsType", "1", "UserId", user));

        Map<String, Object> pushed = simple(Map.of("TargetMsgkey", "{\"" + user + "\":\"key-1\"}", "ExtendedParams", "{\"orderId\":\"42\"}",
                "PushStyle", "1", "Classification", "1", "ThirdChannelCategory", "{\"hms\":\"9\"}"));
        assertCode("OK", pushed);
        assertTrue(((String) ((Map<String, Object>) pushed.get("PushResult")).get("Data")).matches("[1-9][0-9]{17}"), pushed.toString());

        Map<String, Object> device = simple(Map.of("DeliveryType", "1", "TargetMsgkey", "{\"" + token + "\":\"key-2\"}"));
        assertCode("OK", device);

        String taskId = (String) ((Map<String, Object>) pushed.get("PushResult")).get("Data");
        Map<String, Object> detail = (Map<String, Object>) ((Map<String, Object>) call("QueryPushAnalysisTaskDetail", Map.of("TaskId", taskId))
                .get("ResultContent")).get("Data");
        assertEquals(Long.parseLong(taskId), ((Number) detail.get("TaskId")).longValue());
        assertEquals(1, ((Number) detail.get("PushNum")).intValue(), "one device bound to the user");
        assertEquals(0, ((Number) detail.get("PushArrivalNum")).intValue(), "nothing reached the device: it is not connected, and the app has no Xiaomi credentials");
        assertTrue(((String) detail.get("Duration")).matches("\\d{2} 小时 \\d{2} 分 \\d{2} 秒"), detail.toString());
        assertCode("3028", call("QueryPushAnalysisTaskDetail", Map.of("TaskId", "123")));
    }

    @Test
    void everyPushRuleHasItsResultCode() throws Exception {
        assertCode("3019", simple(mapOf("TaskName", null)));
        assertCode("3024", simple(mapOf("Title", null)));
        assertCode("3024", simple(mapOf("Content", null)));
        assertCode("3009", simple(mapOf("DeliveryType", "5")));
        assertCode("3009", simple(mapOf("DeliveryType", "4")));
        assertCode("3021", simple(mapOf("TargetMsgkey", null)));
        assertCode("3021", simple(mapOf("TargetMsgkey", "{}")));
        assertCode("3028", simple(mapOf("TargetMsgkey", "not json")));
        String eleven = IntStream.range(0, 11).mapToObj(i -> "\"u" + i + "\":\"k" + i + "\"").collect(Collectors.joining(",", "{", "}"));
        assertCode("3029", simple(mapOf("TargetMsgkey", eleven)));
        assertCode("3020", simple(mapOf("ExpiredSeconds", "0")));
        assertCode("3020", simple(mapOf("ExpiredSeconds", "soon")));
        assertCode("3026", simple(mapOf("ExpiredSeconds", String.valueOf(8 * 86400))));
        String many = IntStream.range(0, 21).mapToObj(i -> "\"p" + i + "\":\"v\"").collect(Collectors.joining(",", "{", "}"));
        assertCode("3035", simple(mapOf("ExtendedParams", many)));
        assertCode("3044", simple(mapOf("ExtendedParams", "[1,2]")));
        assertCode("3050", simple(mapOf("Content", "x".repeat(2100))));
        assertCode("3028", simple(mapOf("StrategyType", "1")));
        assertCode("3028", simple(mapOf("SmsStrategy", "2")));
        assertCode("3028", simple(Map.of("SmsStrategy", "1", "SmsSignName", "Herald", "SmsTemplateCode", "SMS_1", "SmsTemplateParam", "{\"code\":\"1\"}")),
                "the bootstrap app has no SMS provider");
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchIsPersonalisedPerTargetAndCanBeRevokedByTaskId() throws Exception {
        String name = "batch_" + UUID.randomUUID().toString().substring(0, 8);
        call("CreateTemplate", Map.of("TemplateName", name, "Title", "Hi #name#", "Content", "Your code is #code#"));
        Map<String, Object> batch = new HashMap<>(Map.of("TaskName", "codes", "TemplateName", name, "DeliveryType", "3", "ExpiredSeconds", "600",
                "TargetMsg.1.Target", "ann", "TargetMsg.1.MsgKey", "m1", "TargetMsg.1.TemplateKeyValue", "{\"name\":\"Ann\",\"code\":\"1\"}",
                "TargetMsg.2.Target", "bob", "TargetMsg.2.MsgKey", "m2", "TargetMsg.2.TemplateKeyValue", "{\"name\":\"Bob\",\"code\":\"2\"}"));
        batch.put("TargetMsg.2.ExtendedParams", "{\"k\":\"v\"}");
        Map<String, Object> pushed = call("PushMultiple", batch);
        assertCode("OK", pushed);
        String taskId = (String) ((Map<String, Object>) pushed.get("PushResult")).get("Data");

        Map<String, Object> listed = call("QueryPushAnalysisTaskList", Map.of("StartTime", String.valueOf(System.currentTimeMillis() - 60_000), "TaskName", "codes"));
        Map<String, Object> first = ((List<Map<String, Object>>) ((Map<String, Object>) listed.get("ResultContent")).get("Data")).get(0);
        assertEquals(taskId, first.get("TaskId"));
        assertEquals(name, first.get("TemplateName"));
        assertEquals(2, ((Number) first.get("Type")).intValue());
        assertCode("3028", call("QueryPushAnalysisTaskList", Map.of()));

        assertCode("OK", call("RevokePushTask", Map.of("TaskId", taskId)));
        assertCode("3028", call("RevokePushTask", Map.of("TaskId", "no-such-task")));
        String simpleTask = (String) ((Map<String, Object>) simple(Map.of()).get("PushResult")).get("Data");
        assertCode("3028", call("RevokePushTask", Map.of("TaskId", simpleTask)), "simple pushes are revoked by message, not by task");

        Map<String, Object> tooMany = new HashMap<>(batch);
        for (int n = 3; n <= 101; n++) {
            tooMany.put("TargetMsg." + n + ".Target", "u" + n);
            tooMany.put("TargetMsg." + n + ".MsgKey", "k" + n);
        }
        assertCode("3055", call("PushMultiple", tooMany));
        Map<String, Object> richTarget = new HashMap<>(batch);
        richTarget.put("TargetMsg.2.ExtendedParams", IntStream.range(0, 10).mapToObj(i -> "\"p" + i + "\":\"v\"").collect(Collectors.joining(",", "{", "}")));
        assertCode("3049", call("PushMultiple", richTarget));
        Map<String, Object> unfilled = new HashMap<>(batch);
        unfilled.put("TargetMsg.2.TemplateKeyValue", "{\"name\":\"Bob\"}");
        assertCode("3023", call("PushMultiple", unfilled));
        Map<String, Object> noTargets = new HashMap<>(Map.of("TaskName", "codes", "TemplateName", name, "DeliveryType", "3", "ExpiredSeconds", "600"));
        assertCode("3021", call("PushMultiple", noTargets));
    }

    @Test
    void aSimplePushIsRevokedByMessageIdAndTarget() throws Exception {
        String key = "msg-" + UUID.randomUUID();
        assertCode("OK", simple(Map.of("TargetMsgkey", "{\"someone\":\"" + key + "\"}")));
        assertCode("3028", call("RevokePushMessage", Map.of("MessageId", key, "TargetId", "someone-else")));
        assertCode("OK", call("RevokePushMessage", Map.of("MessageId", key, "TargetId", "someone")));
        assertCode("3021", call("RevokePushMessage", Map.of("MessageId", key)));
    }

    @Test
    void aTemplatePushFillsInThePlaceholders() throws Exception {
        String name = "offer_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        call("CreateTemplate", Map.of("TemplateName", name, "Title", "Hi #name#", "Content", "#name# won #money#"));
        Map<String, Object> base = new HashMap<>(Map.of("TaskName", "offer", "DeliveryType", "3", "TargetMsgkey", "{\"somebody\":\"k\"}", "ExpiredSeconds", "60"));

        Map<String, Object> missingName = new HashMap<>(base);
        assertCode("3025", call("PushTemplate", missingName));
        Map<String, Object> unknown = new HashMap<>(base);
        unknown.put("TemplateName", "no_such_template");
        assertCode("3022", call("PushTemplate", unknown));
        Map<String, Object> incomplete = new HashMap<>(base);
        incomplete.put("TemplateName", name);
        incomplete.put("TemplateKeyValue", "{\"name\":\"Ann\"}");
        assertCode("3023", call("PushTemplate", incomplete));
        Map<String, Object> complete = new HashMap<>(incomplete);
        complete.put("TemplateKeyValue", "{\"name\":\"Ann\",\"money\":\"200\"}");
        assertCode("OK", call("PushTemplate", complete));
    }
}
