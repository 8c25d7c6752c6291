package io.herald.it.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Eventually;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.TimApp;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tags, attributes, im_push and the legacy push through the real HTTP API, received by reference gateway clients. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllMemberPushIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final AtomicLong RANDOM = new AtomicLong(System.nanoTime() % 1_000_000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    /** An app of its own with pushes allowed back to back, and these users imported. */
    private static TimApp app(String... users) {
        TimApp app = TimApp.create("all-member-push");
        app.settings("{\"allMemberPush\":{\"intervalMillis\":0}}");
        StringBuilder accounts = new StringBuilder();
        for (String user : users) {
            accounts.append(accounts.length() == 0 ? "" : ",").append('"').append(user).append('"');
        }
        assertEquals(0, app.call("im_open_login_svc/multiaccount_import", "{\"Accounts\":[" + accounts + "]}").getInt("ErrorCode"));
        return app;
    }

    private static int code(JsonObject answer) {
        return answer.getInt("ErrorCode");
    }

    private static String push(TimApp app, String text, String extra) {
        JsonObject answer = app.call("all_member_push/im_push", "{\"MsgRandom\":" + RANDOM.incrementAndGet()
                + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + text + "\"}}]" + extra + "}");
        assertEquals(0, code(answer), answer.toString());
        return answer.getString("TaskId");
    }

    /** Until the push's fan-out has finished: who is connected then is who an online-only push reaches. */
    private static void awaitFannedOut(TimApp app, String taskId) {
        Eventually.await("the fan-out done", WAIT, () -> app.call("openim/im_get_push_report", "{\"TaskIds\":[\"" + taskId + "\"]}")
                .getJsonArray("Reports").getJsonObject(0).getInt("Status") == 2);
    }

    private static String text(JsonObject frame) {
        return frame.getJsonArray("payload").getJsonObject(0).getJsonObject("MsgContent").getString("Text");
    }

    private static Set<String> receivers(Map<String, GatewayClient> clients, String text) {
        Set<String> got = new TreeSet<>();
        clients.forEach((user, client) -> client.receivedWithin(QUIET).forEach(frame -> {
            if (text.equals(text(frame))) {
                got.add(user);
                client.ack(frame.getJsonNumber("id").longValue());
            }
        }));
        return got;
    }

    @Test
    void tagsAndAttributesAreKeptAndReadBackThroughBothPaths() {
        TimApp app = app("ann", "ben");
        assertEquals(0, code(app.call("all_member_push/im_set_attr_name", "{\"AttrNames\":{\"0\":\"city\",\"1\":\"level\"}}")));
        assertEquals("{\"0\":\"city\",\"1\":\"level\"}", app.call("openim/im_get_attr_name", "{}").getJsonObject("AttrNames").toString());
        assertEquals(0, code(app.call("all_member_push/im_set_attr", "{\"UserAttrs\":[{\"To_Account\":\"ann\",\"Attrs\":{\"city\":\"深圳\",\"level\":\"gold\"}}]}")));
        JsonObject attrs = app.call("all_member_push/im_get_attr", "{\"To_Account\":[\"ann\",\"ben\",\"nobody\"]}");
        assertEquals("深圳", attrs.getJsonArray("UserAttrs").getJsonObject(0).getJsonObject("Attrs").getString("city"));
        assertEquals(0, attrs.getJsonArray("UserAttrs").getJsonObject(1).getJsonObject("Attrs").size());
        assertEquals(70107, attrs.getJsonArray("ErrorList").getJsonObject(0).getInt("ErrorCode"));
        assertEquals(0, code(app.call("all_member_push/im_remove_attr", "{\"UserAttrs\":[{\"To_Account\":\"ann\",\"Attrs\":[\"level\"]}]}")));
        assertEquals(0, code(app.call("openim/im_remove_attr", "{\"UserAttrs\":[{\"To_Account\":\"ann\",\"Attrs\":{\"city\":\"x\"}}]}")), "the doocs client's object form");
        assertEquals(0, app.call("all_member_push/im_get_attr", "{\"To_Account\":[\"ann\"]}").getJsonArray("UserAttrs").getJsonObject(0).getJsonObject("Attrs").size());

        assertEquals(0, code(app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"ann\",\"Tags\":[\"a\",\"b\",\"c\"]},{\"To_Account\":\"ben\",\"Tags\":[\"a\"]}]}")));
        assertEquals(0, code(app.call("openim/im_remove_tag", "{\"UserTags\":[{\"To_Account\":\"ann\",\"Tags\":[\"b\"]}]}")));
        JsonObject tags = app.call("all_member_push/im_get_tag", "{\"To_Account\":[\"ann\",\"ben\"]}");
        assertEquals("[\"a\",\"c\"]", tags.getJsonArray("UserTags").getJsonObject(0).getJsonArray("Tags").toString());
        assertEquals(0, code(app.call("all_member_push/im_remove_all_tags", "{\"To_Account\":[\"ann\"]}")));
        assertEquals(0, app.call("all_member_push/im_get_tag", "{\"To_Account\":[\"ann\"]}").getJsonArray("UserTags").getJsonObject(0).getJsonArray("Tags").size());
    }

    @Test
    void theAttributeAndTagCommandsRefuseWithTheirCodes() {
        TimApp app = app("cat");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("\"u" + i + "\"");
        }
        assertEquals(90018, code(app.call("all_member_push/im_get_tag", "{\"To_Account\":[" + String.join(",", many) + "]}")));
        assertEquals(90033, code(app.call("all_member_push/im_set_attr_name", "{\"AttrNames\":{\"10\":\"x\"}}")));
        assertEquals(90030, code(app.call("all_member_push/im_set_attr_name", "{\"AttrNames\":{\"0\":\"" + "x".repeat(51) + "\"}}")));
        assertEquals(90033, code(app.call("all_member_push/im_set_attr", "{\"UserAttrs\":[{\"To_Account\":\"cat\",\"Attrs\":{\"unnamed\":\"v\"}}]}")));
        assertEquals(90032, code(app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"cat\",\"Tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}]}")));
        assertEquals(90020, code(app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"cat\",\"Tags\":[\"" + "t".repeat(51) + "\"]}]}")));
        assertEquals(90040, code(app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"cat\",\"Tags\":[\"\"]}]}")));
        for (int batch = 0; batch < 10; batch++) {
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                tags.add("\"t" + batch + "-" + i + "\"");
            }
            assertEquals(0, code(app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"cat\",\"Tags\":[" + String.join(",", tags) + "]}]}")));
        }
        assertEquals(90032, code(app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"cat\",\"Tags\":[\"one-more\"]}]}")), "100 tags at most");
        JsonObject notAdmin = io.herald.it.support.Tim.call("/v4/all_member_push/im_get_tag", app.sdkAppId(), "cat",
                io.herald.it.support.Tim.sign(app.sdkAppId(), app.secretKey(), "cat", 3600), "{\"To_Account\":[\"cat\"]}");
        assertEquals(90009, code(notAdmin));
    }

    @Test
    void conditionsSelectAsSetAlgebraAndOnlyConnectedOrLaterConnectingUsersReceive() {
        TimApp app = app("vip-sz", "vip-bj", "plain-sz", "nobody");
        app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"vip-sz\",\"Tags\":[\"vip\",\"sz\"]},"
                + "{\"To_Account\":\"vip-bj\",\"Tags\":[\"vip\",\"bj\"]},{\"To_Account\":\"plain-sz\",\"Tags\":[\"sz\"]}]}");
        app.call("all_member_push/im_set_attr_name", "{\"AttrNames\":{\"0\":\"city\"}}");
        app.call("all_member_push/im_set_attr", "{\"UserAttrs\":[{\"To_Account\":\"vip-sz\",\"Attrs\":{\"city\":\"深圳\"}},{\"To_Account\":\"plain-sz\",\"Attrs\":{\"city\":\"深圳\"}}]}");
        Map<String, GatewayClient> clients = new java.util.LinkedHashMap<>();
        for (String user : List.of("vip-sz", "vip-bj", "plain-sz")) {
            clients.put(user, app.connect(user));
        }
        try {
            push(app, "everyone", "");
            assertEquals(Set.of("vip-sz", "vip-bj", "plain-sz"), receivers(clients, "everyone"));
            push(app, "vip and sz", ",\"Condition\":{\"TagsAnd\":[\"vip\",\"sz\"]}");
            assertEquals(Set.of("vip-sz"), receivers(clients, "vip and sz"));
            push(app, "bj or sz", ",\"Condition\":{\"TagsOr\":[\"bj\",\"sz\"]}");
            assertEquals(Set.of("vip-sz", "vip-bj", "plain-sz"), receivers(clients, "bj or sz"));
            push(app, "vip and (bj or nothing)", ",\"Condition\":{\"TagsAnd\":[\"vip\"],\"TagsOr\":[\"bj\",\"nothing\"]}");
            assertEquals(Set.of("vip-bj"), receivers(clients, "vip and (bj or nothing)"));
            push(app, "in 深圳", ",\"Condition\":{\"AttrsAnd\":{\"city\":\"深圳\"}}");
            assertEquals(Set.of("vip-sz", "plain-sz"), receivers(clients, "in 深圳"));
            app.call("all_member_push/im_remove_tag", "{\"UserTags\":[{\"To_Account\":\"vip-sz\",\"Tags\":[\"vip\"]}]}");
            push(app, "vip after a change", ",\"Condition\":{\"TagsAnd\":[\"vip\"]}");
            assertEquals(Set.of("vip-bj"), receivers(clients, "vip after a change"), "the index follows tag changes");
        } finally {
            clients.values().forEach(GatewayClient::close);
        }
        push(app, "stored for later", ",\"MsgLifeTime\":600");
        awaitFannedOut(app, push(app, "online only", ",\"MsgLifeTime\":0"));
        try (GatewayClient late = app.connect("nobody")) {
            assertEquals(1, late.hello().getInt("pending"));
            JsonObject frame = late.next(WAIT);
            assertEquals("stored for later", text(frame));
            assertEquals("push", frame.getString("kind"));
            late.ack(frame.getJsonNumber("id").longValue());
            assertEquals(List.of(), late.receivedWithin(QUIET));
        }
        try (GatewayClient again = app.connect("nobody")) {
            assertEquals(0, again.hello().getInt("pending"), "pulled once, never again");
        }
    }

    @Test
    void imPushRefusesWithEveryCodeOfItsSeed() {
        TimApp app = app("dan");
        String body = ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"x\"}}]";
        assertEquals(90001, code(app.call("all_member_push/im_push", "{not json")));
        assertEquals(90005, code(app.call("all_member_push/im_push", "{" + body.substring(1) + "}")));
        assertEquals(90002, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1}")));
        assertEquals(90007, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"MsgBody\":{}}")));
        assertEquals(90010, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":5}}]}")));
        assertEquals(90026, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"MsgLifeTime\":604801" + body + "}")));
        assertEquals(90020, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"" + "t".repeat(51) + "\"]}" + body + "}")));
        assertEquals(90022, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"a\"],\"TagsOr\":[\"a\"]}" + body + "}")));
        assertEquals(90032, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"Condition\":{\"TagsOr\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}" + body + "}")));
        assertEquals(90033, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"Condition\":{\"AttrsAnd\":{\"unnamed\":\"x\"}}" + body + "}")));
        app.call("all_member_push/im_set_attr_name", "{\"AttrNames\":{\"0\":\"city\"}}");
        assertEquals(90039, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"a\"],\"AttrsOr\":{\"city\":\"x\"}}" + body + "}")));
        assertEquals(90040, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"\"]}" + body + "}")));
        JsonObject notAdmin = io.herald.it.support.Tim.call("/v4/all_member_push/im_push", app.sdkAppId(), "dan",
                io.herald.it.support.Tim.sign(app.sdkAppId(), app.secretKey(), "dan", 3600), "{\"MsgRandom\":1" + body + "}");
        assertEquals(90009, code(notAdmin));
        assertEquals(20003, code(app.call("all_member_push/im_push", "{\"MsgRandom\":1,\"From_Account\":\"never-imported\"" + body + "}")));

        sleep(1000 - System.currentTimeMillis() % 1000);
        JsonObject first = app.call("all_member_push/im_push", "{\"MsgRandom\":77" + body + "}");
        JsonObject retry = app.call("all_member_push/im_push", "{\"MsgRandom\":77" + body + "}");
        assertEquals(first.getString("TaskId"), retry.getString("TaskId"), "the same MsgRandom within the second is the same push");

        app.settings("{\"allMemberPush\":{\"dailyLimit\":3}}");
        assertEquals(0, code(app.call("all_member_push/im_push", "{\"MsgRandom\":2" + body + "}")));
        assertEquals(90024, code(app.call("all_member_push/im_push", "{\"MsgRandom\":3" + body + "}")), "more than 1 s between pushes");
        sleep(1100);
        assertEquals(0, code(app.call("all_member_push/im_push", "{\"MsgRandom\":4" + body + "}")), "a refused push does not count");
        sleep(1100);
        assertEquals(90047, code(app.call("all_member_push/im_push", "{\"MsgRandom\":5" + body + "}")), "three a day for this app");
        app.settings("{\"allMemberPush\":{\"enabled\":false}}");
        assertEquals(90045, code(app.call("all_member_push/im_push", "{\"MsgRandom\":6" + body + "}")));
    }

    @Test
    void theLegacyPushTakesSlotKeyedTagsOncePerRandomAndReportsItsProgress() {
        TimApp app = app("eve", "fay");
        app.call("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"eve\",\"Tags\":[\"男\",\"VIP\"]},{\"To_Account\":\"fay\",\"Tags\":[\"深圳\"]}]}");
        String body = ",\"MsgLifeTime\":600,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"legacy\"}}]";
        JsonObject pushed = app.call("openim/push", "{\"MsgRandom\":2016020204,\"Condition\":{\"TagsOr\":{\"0\":\"男\",\"1\":\"深圳\"},\"TagsAnd\":{\"2\":\"VIP\"}}" + body + "}");
        assertEquals(0, code(pushed), pushed.toString());
        String taskId = pushed.getString("TaskId");
        assertEquals(90025, code(app.call("openim/push", "{\"MsgRandom\":2016020204" + body + "}")), "one MsgRandom per day");
        assertEquals(90027, code(app.call("openim/push", "{\"MsgRandom\":9,\"Condition\":{\"AttrsAnd\":{\"a\":\"b\"}}" + body + "}")));
        assertEquals(90020, code(app.call("openim/push", "{\"MsgRandom\":9,\"Condition\":{\"TagsOr\":{\"x\":\"男\"}}" + body + "}")));

        awaitFannedOut(app, taskId);
        JsonObject report = app.call("all_member_push/im_get_push_report", "{\"TaskIds\":[\"" + taskId + "\",\"not-a-task\"]}").getJsonArray("Reports").getJsonObject(0);
        assertEquals(1, report.getInt("Total"), "only eve is VIP and (男 or 深圳)");
        assertEquals(1, report.getInt("Finished"));
        assertTrue(report.getString("StartTime").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), report.toString());
        try (GatewayClient eve = app.connect("eve"); GatewayClient fay = app.connect("fay")) {
            assertEquals(1, eve.hello().getInt("pending"));
            assertEquals(0, fay.hello().getInt("pending"));
        }
        assertEquals(90014, code(app.call("openim/im_get_push_report", "{\"TaskIds\":[" + String.join(",", Collections.nCopies(501, "\"t\"")) + "]}")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
