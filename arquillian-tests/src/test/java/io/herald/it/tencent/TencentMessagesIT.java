package io.herald.it.tencent;

import static io.herald.it.support.Herald.BOOTSTRAP_ADMIN;
import static io.herald.it.support.Herald.BOOTSTRAP_SDKAPPID;
import static io.herald.it.support.Herald.BOOTSTRAP_SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.Tim;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sendmsg, batchsendmsg, admin_getroammsg and admin_msgwithdraw over raw HTTP, with every code they can answer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TencentMessagesIT {

    private static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi, beauty\"}}]";

    private String alice;
    private String bob;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    static JsonObject call(String command, String body) {
        return Tim.call("/v4/openim/" + command, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN,
                Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 3600), body);
    }

    @BeforeEach
    void importAccounts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        alice = "alice-" + run;
        bob = "bob-" + run;
        JsonObject imported = Tim.call("/v4/im_open_login_svc/multiaccount_import", BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN,
                Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 3600), "{\"Accounts\":[\"" + alice + "\",\"" + bob + "\"]}");
        assertEquals(0, imported.getInt("ErrorCode"));
    }

    private static long random() {
        return ThreadLocalRandom.current().nextLong(1, 4294967295L);
    }

    private String send(String fields) {
        return "{\"To_Account\":\"" + bob + "\",\"MsgRandom\":" + random() + ",\"MsgBody\":" + TEXT + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static void assertCode(int code, JsonObject result) {
        assertEquals(code, result.getInt("ErrorCode"), result.toString());
        assertEquals(code == 0 ? "OK" : "FAIL", result.getString("ActionStatus"), result.toString());
    }

    @Test
    void sendAnswersMsgTimeAndAKeyMadeOfSeqRandomAndTime() {
        JsonObject sent = call("sendmsg", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob
                + "\",\"MsgSeq\":48374,\"MsgRandom\":2837546,\"MsgTimeStamp\":1557481126,\"MsgLifeTime\":60,\"MsgBody\":" + TEXT + "}");
        assertCode(0, sent);
        assertEquals(1557481126, sent.getJsonNumber("MsgTime").longValue());
        assertEquals("48374_2837546_1557481126", sent.getString("MsgKey"));

        JsonObject now = call("sendmsg", send(""));
        assertCode(0, now);
        assertTrue(Math.abs(now.getJsonNumber("MsgTime").longValue() - Instant.now().getEpochSecond()) < 60);
        assertTrue(now.getString("MsgKey").matches("\\d+_\\d+_" + now.getJsonNumber("MsgTime").longValue()), now.toString());
    }

    @Test
    void theSameRandomWithinTheSameSecondIsARetryNotASecondMessage() {
        String body = "{\"To_Account\":\"" + bob + "\",\"MsgRandom\":777,\"MsgTimeStamp\":1700000000,\"MsgBody\":" + TEXT + "}";
        String first = call("sendmsg", body).getString("MsgKey");
        assertEquals(first, call("sendmsg", body).getString("MsgKey"));
        JsonObject history = roam(bob, BOOTSTRAP_ADMIN, 1699999999, 1700000001, 10, null);
        assertEquals(1, history.getInt("MsgCnt"), history.toString());
    }

    /** Concurrent calls share the group commit's transactions; each still gets its own message, and retries among them one message. */
    @Test
    void concurrentCallsEachGetTheirOwnMessageAndConcurrentRetriesOne() throws Exception {
        String retried = "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgRandom\":4242,\"MsgTimeStamp\":1710000000,\"MsgBody\":" + TEXT + "}";
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String distinct = "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgRandom\":" + (5000 + i)
                    + ",\"MsgTimeStamp\":1710000000,\"MsgBody\":" + TEXT + "}";
            calls.add(() -> call("sendmsg", distinct));
            if (i % 3 == 0) {
                calls.add(() -> call("sendmsg", retried));
            }
        }
        ExecutorService callers = Executors.newFixedThreadPool(calls.size());
        try {
            Set<String> distinctKeys = new HashSet<>();
            Set<String> retriedKeys = new HashSet<>();
            for (Future<JsonObject> answer : callers.invokeAll(calls)) {
                JsonObject sent = answer.get();
                assertCode(0, sent);
                String key = sent.getString("MsgKey");
                (key.contains("_4242_") ? retriedKeys : distinctKeys).add(key);
            }
            assertEquals(30, distinctKeys.size());
            assertEquals(1, retriedKeys.size(), retriedKeys.toString());
        } finally {
            callers.shutdownNow();
        }
        JsonObject history = roam(bob, alice, 1710000000, 1710000000, 100, null);
        assertEquals(31, history.getInt("MsgCnt"), history.toString());
    }

    @Test
    void everyFieldIsCheckedWithItsOwnCode() {
        assertCode(90003, call("sendmsg", "{\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"));
        assertCode(90003, call("sendmsg", "{\"To_Account\":42,\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"));
        assertCode(90012, call("sendmsg", "{\"To_Account\":\"nobody-" + UUID.randomUUID() + "\",\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"));
        assertCode(20003, call("sendmsg", send("\"From_Account\":\"ghost-" + UUID.randomUUID() + "\"")));
        assertCode(90008, call("sendmsg", send("\"From_Account\":7")));
        assertCode(90005, call("sendmsg", "{\"To_Account\":\"" + bob + "\",\"MsgBody\":" + TEXT + "}"));
        assertCode(90005, call("sendmsg", "{\"To_Account\":\"" + bob + "\",\"MsgRandom\":\"1\",\"MsgBody\":" + TEXT + "}"));
        assertCode(90004, call("sendmsg", send("\"MsgSeq\":\"x\"")));
        assertCode(90006, call("sendmsg", send("\"MsgTimeStamp\":\"yesterday\"")));
        assertCode(90031, call("sendmsg", send("\"SyncOtherMachine\":\"1\"")));
        assertCode(90044, call("sendmsg", send("\"MsgLifeTime\":\"60\"")));
        assertCode(90026, call("sendmsg", send("\"MsgLifeTime\":-1")));
        assertCode(0, call("sendmsg", send("\"MsgLifeTime\":9999999")));
        assertCode(90043, call("sendmsg", send("\"OfflinePushInfo\":\"push\"")));
        assertCode(90043, call("sendmsg", send("\"OfflinePushInfo\":{\"PushFlag\":\"0\"}")));
        assertCode(90043, call("sendmsg", send("\"OfflinePushInfo\":{\"ApnsInfo\":{\"BadgeMode\":\"1\"}}")));
        assertCode(0, call("sendmsg", send("\"OfflinePushInfo\":{\"PushFlag\":0,\"Title\":\"t\",\"Desc\":\"d\",\"Ext\":\"{}\",\"AndroidInfo\":{\"Sound\":\"a.mp3\"},\"ApnsInfo\":{\"BadgeMode\":1}}")));
    }

    @Test
    void messageBodiesFollowTheElementFormats() {
        String to = "{\"To_Account\":\"" + bob + "\",\"MsgRandom\":" + random() + ",\"MsgBody\":";
        assertCode(90002, call("sendmsg", "{\"To_Account\":\"" + bob + "\",\"MsgRandom\":1}"));
        assertCode(90007, call("sendmsg", to + "{\"MsgType\":\"TIMTextElem\"}}"));
        assertCode(90002, call("sendmsg", to + "[]}"));
        assertCode(90002, call("sendmsg", to + "[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{}}]}"));
        assertCode(90010, call("sendmsg", to + "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":1}}]}"));
        assertCode(90010, call("sendmsg", to + "[{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"a\"}},{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"b\"}}]}"));
        assertCode(90010, call("sendmsg", to + "[{\"MsgType\":\"TIMSoundElem\",\"MsgContent\":{\"Url\":\"u\",\"UUID\":\"x\",\"Download_Flag\":1}}]}"));
        assertCode(90010, call("sendmsg", to + "[{\"MsgType\":\"TIMImageElem\",\"MsgContent\":{\"UUID\":\"x\",\"ImageFormat\":1,\"ImageInfoArray\":[{\"Type\":1,\"URL\":\"u\"}]}}]}"));
        String everyType = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"t\"}},"
                + "{\"MsgType\":\"TIMLocationElem\",\"MsgContent\":{\"Desc\":\"d\",\"Latitude\":22.5,\"Longitude\":113.9}},"
                + "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":1,\"Data\":\"x\"}},"
                + "{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"d\",\"Desc\":\"x\",\"Ext\":\"e\",\"Sound\":\"s\"}},"
                + "{\"MsgType\":\"TIMSoundElem\",\"MsgContent\":{\"Url\":\"u\",\"UUID\":\"x\",\"Size\":1,\"Second\":2,\"Download_Flag\":2}},"
                + "{\"MsgType\":\"TIMImageElem\",\"MsgContent\":{\"UUID\":\"x\",\"ImageFormat\":1,\"ImageInfoArray\":[{\"Type\":1,\"Size\":1,\"Width\":10,\"Height\":10,\"URL\":\"u\"}]}},"
                + "{\"MsgType\":\"TIMFileElem\",\"MsgContent\":{\"Url\":\"u\",\"UUID\":\"x\",\"FileSize\":1,\"FileName\":\"f\",\"Download_Flag\":2}},"
                + "{\"MsgType\":\"TIMVideoFileElem\",\"MsgContent\":{\"VideoUrl\":\"v\",\"VideoUUID\":\"x\",\"VideoSize\":1,\"VideoSecond\":1,\"VideoFormat\":\"mp4\",\"VideoDownloadFlag\":2,"
                + "\"ThumbUrl\":\"t\",\"ThumbUUID\":\"y\",\"ThumbSize\":1,\"ThumbWidth\":1,\"ThumbHeight\":1,\"ThumbFormat\":\"JPG\",\"ThumbDownloadFlag\":2}}]";
        assertCode(0, call("sendmsg", to + everyType + "}"));
        String big = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + "x".repeat(8200) + "\"}}]";
        assertCode(93000, call("sendmsg", to + big + "}"));
    }

    @Test
    void onlyTheAdminMaySendMessages90009() {
        JsonObject result = Tim.call("/v4/openim/sendmsg", BOOTSTRAP_SDKAPPID, alice,
                Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, alice, 3600), send(""));
        assertCode(90009, result);
    }

    @Test
    void batchSendListsUnknownRecipientsAndSharesOneKey() {
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject partial = call("batchsendmsg", "{\"To_Account\":[\"" + alice + "\",\"" + ghost + "\",\"" + bob + "\"],\"MsgRandom\":" + random() + ",\"MsgBody\":" + TEXT + "}");
        assertEquals("SomeError", partial.getString("ActionStatus"), partial.toString());
        assertEquals(0, partial.getInt("ErrorCode"));
        assertEquals(List.of(Json.createObjectBuilder().add("To_Account", ghost).add("ErrorCode", 70107).build()),
                partial.getJsonArray("ErrorList").getValuesAs(JsonValue::asJsonObject));
        String key = partial.getString("MsgKey");
        long second = Long.parseLong(key.substring(key.lastIndexOf('_') + 1));
        for (String recipient : List.of(alice, bob)) {
            JsonObject seen = roam(recipient, BOOTSTRAP_ADMIN, second, second, 10, null);
            assertEquals(key, seen.getJsonArray("MsgList").getJsonObject(0).getString("MsgKey"));
        }

        assertCode(0, call("batchsendmsg", "{\"To_Account\":[\"" + alice + "\"],\"MsgRandom\":" + random() + ",\"MsgBody\":" + TEXT + "}"));
        assertCode(90012, call("batchsendmsg", "{\"To_Account\":[\"" + ghost + "\"],\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"));
        assertCode(90008, call("batchsendmsg", "{\"From_Account\":\"\",\"To_Account\":[\"" + alice + "\"],\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"));
        assertCode(90003, call("batchsendmsg", "{\"To_Account\":\"" + alice + "\",\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"));
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 501; i++) {
            many.add("user-" + i);
        }
        assertCode(90011, call("batchsendmsg", Json.createObjectBuilder().add("To_Account", many).add("MsgRandom", 1)
                .add("MsgBody", Json.createReader(new java.io.StringReader(TEXT)).readArray()).build().toString()));
    }

    @Test
    void anOnlineStateQueryTakesAtMost500Accounts90018() {
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 501; i++) {
            many.add("user-" + i);
        }
        assertCode(90018, call("query_online_status", Json.createObjectBuilder().add("To_Account", many).build().toString()));
        assertCode(90003, call("querystate", "{\"To_Account\":\"" + bob + "\"}"));
    }

    private JsonObject roam(String owner, String peer, long minTime, long maxTime, int maxCount, String lastKey) {
        JsonObject result = call("admin_getroammsg", "{\"Operator_Account\":\"" + owner + "\",\"Peer_Account\":\"" + peer
                + "\",\"MaxCnt\":" + maxCount + ",\"MinTime\":" + minTime + ",\"MaxTime\":" + maxTime
                + (lastKey == null ? "" : ",\"LastMsgKey\":\"" + lastKey + "\"") + "}");
        assertCode(0, result);
        return result;
    }

    @Test
    void historyIsNewestFirstPagedAndSeenFromEachSide() {
        long t0 = 1600000000L;
        for (int i = 0; i < 3; i++) {
            assertCode(0, call("sendmsg", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgRandom\":" + (100 + i)
                    + ",\"MsgTimeStamp\":" + (t0 + i) + ",\"MsgBody\":" + TEXT + "}"));
        }
        assertCode(0, call("sendmsg", "{\"SyncOtherMachine\":2,\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob
                + "\",\"MsgRandom\":200,\"MsgTimeStamp\":" + (t0 + 3) + ",\"MsgBody\":" + TEXT + "}"));

        JsonObject first = roam(bob, alice, t0, t0 + 10, 2, null);
        assertEquals(0, first.getInt("Complete"));
        assertEquals(2, first.getInt("MsgCnt"));
        assertEquals(t0 + 3, first.getJsonArray("MsgList").getJsonObject(0).getJsonNumber("MsgTimeStamp").longValue());
        JsonObject second = roam(bob, alice, t0, first.getJsonNumber("LastMsgTime").longValue(), 2, first.getString("LastMsgKey"));
        assertEquals(1, second.getInt("Complete"));
        assertEquals(2, second.getInt("MsgCnt"));
        assertEquals(t0, second.getJsonNumber("LastMsgTime").longValue());

        JsonObject senderView = call("admin_getroammsg", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob
                + "\",\"MaxCnt\":10,\"MinTime\":" + t0 + ",\"MaxTime\":" + (t0 + 10) + "}");
        assertEquals(3, senderView.getInt("MsgCnt"), "SyncOtherMachine 2 keeps the message out of the sender's history");
        JsonObject entry = senderView.getJsonArray("MsgList").getJsonObject(0);
        assertEquals(alice, entry.getString("From_Account"));
        assertEquals(bob, entry.getString("To_Account"));
        assertEquals("hi, beauty", entry.getJsonArray("MsgBody").getJsonObject(0).getJsonObject("MsgContent").getString("Text"));

        assertCode(90008, call("admin_getroammsg", "{\"Peer_Account\":\"" + alice + "\",\"MaxCnt\":1,\"MinTime\":0,\"MaxTime\":1}"));
        assertCode(90003, call("admin_getroammsg", "{\"Operator_Account\":\"" + alice + "\",\"MaxCnt\":1,\"MinTime\":0,\"MaxTime\":1}"));
        assertCode(20001, call("admin_getroammsg", "{\"Operator_Account\":\"" + alice + "\",\"Peer_Account\":\"" + bob + "\",\"MinTime\":0,\"MaxTime\":1}"));
    }

    @Test
    void withdrawalIsOnceAndShowsInHistory() {
        JsonObject sent = call("sendmsg", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgRandom\":" + random() + ",\"MsgBody\":" + TEXT + "}");
        String key = sent.getString("MsgKey");
        String withdraw = "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgKey\":\"" + key + "\"}";
        assertCode(0, call("admin_msgwithdraw", withdraw));
        assertCode(20023, call("admin_msgwithdraw", withdraw));
        assertCode(20022, call("admin_msgwithdraw", "{\"From_Account\":\"" + bob + "\",\"To_Account\":\"" + alice + "\",\"MsgKey\":\"" + key + "\"}"));
        assertCode(90054, call("admin_msgwithdraw", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgKey\":\"not-a-key\"}"));
        assertCode(90008, call("admin_msgwithdraw", "{\"To_Account\":\"" + bob + "\",\"MsgKey\":\"" + key + "\"}"));
        assertCode(90003, call("admin_msgwithdraw", "{\"From_Account\":\"" + alice + "\",\"MsgKey\":\"" + key + "\"}"));

        long time = sent.getJsonNumber("MsgTime").longValue();
        JsonObject entry = roam(bob, alice, time, time, 10, null).getJsonArray("MsgList").getJsonObject(0);
        assertEquals(key, entry.getString("MsgKey"));
        assertEquals(8, entry.getInt("MsgFlagBits"));
    }
}
