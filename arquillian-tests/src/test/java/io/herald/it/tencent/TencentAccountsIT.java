package io.herald.it.tencent;

import static io.herald.it.support.Herald.BOOTSTRAP_ADMIN;
import static io.herald.it.support.Herald.BOOTSTRAP_SDKAPPID;
import static io.herald.it.support.Herald.BOOTSTRAP_SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Herald;
import io.herald.it.support.Tim;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The im_open_login_svc commands over raw HTTP, in every request shape clients send, with their error codes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TencentAccountsIT {

    private static final String SERVICE = "/v4/im_open_login_svc/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static JsonObject call(String command, String body) {
        return Tim.call(SERVICE + command, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 3600), body);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> statuses(String... userIds) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (String id : userIds) {
            items.add(Json.createObjectBuilder().add("UserID", id));
        }
        JsonObject result = call("account_check", Json.createObjectBuilder().add("CheckItem", items).build().toString());
        assertOk(result);
        return result.getJsonArray("ResultItem").getValuesAs(JsonValue::asJsonObject).stream()
                .collect(Collectors.toMap(i -> i.getString("UserID"), i -> i.getString("AccountStatus")));
    }

    private static void assertOk(JsonObject result) {
        assertEquals("OK", result.getString("ActionStatus"), result.toString());
        assertEquals(0, result.getInt("ErrorCode"));
    }

    private static void assertCode(int code, JsonObject result) {
        assertEquals("FAIL", result.getString("ActionStatus"), result.toString());
        assertEquals(code, result.getInt("ErrorCode"), result.toString());
    }

    @Test
    void importAcceptsUserIdAndTheOlderIdentifierAndIsIdempotent() {
        String current = unique("u");
        String legacy = unique("legacy");
        assertOk(call("account_import", "{\"UserID\":\"" + current + "\",\"Nick\":\"Alice\",\"FaceUrl\":\"http://example.com/a.png\"}"));
        assertOk(call("account_import", "{\"UserID\":\"" + current + "\",\"Nick\":\"Alice again\"}"));
        assertOk(call("account_import", "{\"Identifier\":\"" + legacy + "\"}"));
        assertEquals(Map.of(current, "Imported", legacy, "Imported"), statuses(current, legacy));
    }

    @Test
    void importRefusesAMissingOrTooLongUserIdWith70402() {
        assertCode(70402, call("account_import", "{\"Nick\":\"nobody\"}"));
        assertCode(70402, call("account_import", "{\"UserID\":\"" + "x".repeat(33) + "\"}"));
        assertCode(70402, call("account_import", "{\"UserID\":42}"));
        assertCode(70402, call("account_import", "{\"UserID\":\"ok\",\"Nick\":\"" + "n".repeat(501) + "\"}"));
    }

    @Test
    void multiImportTakesAccountsOrAccountListAndNamesWhatFailed() {
        String a = unique("m");
        String b = unique("m");
        String tooLong = "y".repeat(40);
        JsonObject plain = call("multiaccount_import", "{\"Accounts\":[\"" + a + "\",\"" + tooLong + "\"]}");
        assertOk(plain);
        assertEquals(List.of(tooLong), plain.getJsonArray("FailAccounts").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));

        JsonObject profiles = call("multiaccount_import", "{\"AccountList\":[{\"UserID\":\"" + b + "\",\"Nick\":\"Bee\"}]}");
        assertOk(profiles);
        assertEquals(0, profiles.getJsonArray("FailAccounts").size());
        assertEquals(Map.of(a, "Imported", b, "Imported", tooLong, "NotImported"), statuses(a, b, tooLong));
    }

    @Test
    void moreThan100AccountsInOneCallIs70402() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (int i = 0; i < 101; i++) {
            names.add("bulk-" + i);
        }
        assertCode(70402, call("multiaccount_import", Json.createObjectBuilder().add("Accounts", names).build().toString()));
        assertCode(70402, call("multiaccount_import", "{\"Accounts\":[]}"));
        assertCode(70402, call("account_check", "{\"CheckItem\":\"alice\"}"));
    }

    @Test
    void deleteAnswersEachAccountAnUnknownOneWith70107() {
        String doomed = unique("d");
        assertOk(call("account_import", "{\"UserID\":\"" + doomed + "\"}"));
        JsonObject result = call("account_delete", "{\"DeleteItem\":[{\"UserID\":\"" + doomed + "\"},{\"UserID\":\"never-imported\"}]}");
        assertOk(result);
        List<JsonObject> items = result.getJsonArray("ResultItem").getValuesAs(JsonValue::asJsonObject);
        assertEquals(0, items.get(0).getInt("ResultCode"));
        assertEquals(70107, items.get(1).getInt("ResultCode"));
        assertEquals("Err_TLS_PT_Open_Login_Account_Not_Exist", items.get(1).getString("ResultInfo"));
        assertEquals(Map.of(doomed, "NotImported"), statuses(doomed));
    }

    @Test
    void anAccountDeletedRightAfterItWasMessagedCannotBeMessagedUntilImportedAgain() {
        String userId = unique("m");
        String message = "{\"To_Account\":\"" + userId + "\",\"MsgRandom\":%d,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}";
        assertOk(call("account_import", "{\"UserID\":\"" + userId + "\"}"));
        // Twice, so that the second call finds the account already known.
        assertOk(sendmsg(String.format(message, 1)));
        assertOk(sendmsg(String.format(message, 2)));
        assertOk(call("account_delete", "{\"DeleteItem\":[{\"UserID\":\"" + userId + "\"}]}"));
        assertCode(90012, sendmsg(String.format(message, 3)));
        assertEquals(Map.of(userId, "NotImported"), statuses(userId));
        assertOk(call("account_import", "{\"UserID\":\"" + userId + "\"}"));
        assertOk(sendmsg(String.format(message, 4)));
    }

    private static JsonObject sendmsg(String body) {
        return Tim.call("/v4/openim/sendmsg", BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 3600), body);
    }

    @Test
    void onlyTheAdminMayManageAccounts70403() {
        String carol = "carol";
        JsonObject result = Tim.call(SERVICE + "account_import", BOOTSTRAP_SDKAPPID, carol,
                Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, carol, 3600), "{\"UserID\":\"" + unique("x") + "\"}");
        assertCode(70403, result);
    }

    @Test
    void accountsOfOneAppAreInvisibleToAnother() {
        String userId = unique("iso");
        assertOk(call("account_import", "{\"UserID\":\"" + userId + "\"}"));
        JsonObject created = Herald.createApp("isolated");
        long other = created.getJsonObject("app").getJsonNumber("sdkAppId").longValue();
        String sig = Tim.sign(other, created.getString("secretKey"), "administrator", 3600);
        JsonObject check = Tim.call(SERVICE + "account_check", other, "administrator", sig, "{\"CheckItem\":[{\"UserID\":\"" + userId + "\"}]}");
        assertEquals("NotImported", check.getJsonArray("ResultItem").getJsonObject(0).getString("AccountStatus"));
    }

    /**
     * More concurrent calls than the server has request threads are all answered. A session bean
     * that called itself through its business object for a transaction took a second instance from
     * its pool while it held the first; once every instance was held by a caller waiting for a
     * second, the calls hung for the pool's five-minute timeout (found by the gateway benchmark).
     */
    @Test
    void manyMoreConcurrentCallsThanRequestThreadsAreAllAnswered() throws Exception {
        List<String> userIds = IntStream.range(0, 300).mapToObj(i -> unique("burst")).toList();
        ExecutorService callers = Executors.newFixedThreadPool(150);
        try {
            List<Future<JsonObject>> answers = callers.invokeAll(userIds.stream()
                    .<Callable<JsonObject>>map(userId -> () -> call("account_import", "{\"UserID\":\"" + userId + "\"}"))
                    .toList(), 2, TimeUnit.MINUTES);
            for (Future<JsonObject> answer : answers) {
                assertOk(answer.get());
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals("Imported", statuses(userIds.get(0), userIds.get(299)).get(userIds.get(299)));
    }
}
