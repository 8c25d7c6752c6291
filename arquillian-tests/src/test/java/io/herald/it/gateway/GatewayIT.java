package io.herald.it.gateway;

import static io.herald.it.support.Herald.BOOTSTRAP_ADMIN;
import static io.herald.it.support.Herald.BOOTSTRAP_SDKAPPID;
import static io.herald.it.support.Herald.BOOTSTRAP_SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Eventually;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Tim;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** End to end: sendmsg through the REST family to devices connected with the reference client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofMillis(1500);

    private String alice;
    private String bob;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static JsonObject admin(String path, String body) {
        return Tim.call("/v4/" + path, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 3600), body);
    }

    private static GatewayClient device(String userId, String platform) {
        return GatewayClient.connect(BOOTSTRAP_SDKAPPID, userId, Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, userId, 3600), platform);
    }

    @BeforeEach
    void accounts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        alice = "gw-alice-" + run;
        bob = "gw-bob-" + run;
        assertEquals(0, admin("im_open_login_svc/multiaccount_import", "{\"Accounts\":[\"" + alice + "\",\"" + bob + "\"]}").getInt("ErrorCode"));
    }

    private JsonObject sendToBob(String text, String extra) {
        JsonObject sent = admin("openim/sendmsg", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgRandom\":"
                + ThreadLocalRandom.current().nextLong(1, 4294967295L) + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\""
                + text + "\"}}]" + extra + "}");
        assertEquals(0, sent.getInt("ErrorCode"), sent.toString());
        return sent;
    }

    private static String text(JsonObject frame) {
        return frame.getJsonArray("payload").getJsonObject(0).getJsonObject("MsgContent").getString("Text");
    }

    @Test
    void aConnectedUserReceivesWhatSendmsgSends() {
        try (GatewayClient phone = device(bob, "iPhone")) {
            assertEquals(List.of(), phone.receivedWithin(Duration.ofMillis(500)));
            JsonObject sent = sendToBob("hello online", "");
            JsonObject frame = phone.next(WAIT);
            assertEquals(1, frame.getInt("v"));
            assertEquals("message", frame.getString("type"));
            assertEquals(sent.getString("MsgKey"), frame.getString("msgKey"));
            assertEquals(alice, frame.getString("from"));
            assertEquals(sent.getJsonNumber("MsgTime").longValue(), frame.getJsonNumber("time").longValue());
            assertEquals("hello online", text(frame));
        }
    }

    @Test
    void aUserOfflineAtSendTimeGetsItOnConnectInOrderAndOnlyUntilAcknowledged() {
        sendToBob("first", "");
        sendToBob("second", "");
        List<JsonObject> unacknowledged;
        try (GatewayClient phone = device(bob, null)) {
            unacknowledged = List.of(phone.next(WAIT), phone.next(WAIT));
            assertEquals(List.of("first", "second"), unacknowledged.stream().map(GatewayIT::text).toList());
        }
        try (GatewayClient phone = device(bob, null)) {
            List<JsonObject> again = List.of(phone.next(WAIT), phone.next(WAIT));
            assertEquals(unacknowledged.stream().map(f -> f.getJsonNumber("id").longValue()).toList(),
                    again.stream().map(f -> f.getJsonNumber("id").longValue()).toList(), "what was not acknowledged comes again, with the same ids");
            again.forEach(f -> phone.ack(f.getJsonNumber("id").longValue()));
            assertEquals(List.of(), phone.receivedWithin(QUIET));
        }
        try (GatewayClient phone = device(bob, null)) {
            assertEquals(List.of(), phone.receivedWithin(QUIET), "acknowledged deliveries have arrived and are not sent again");
        }
    }

    @Test
    void anAckForSomeoneElsesDeliveryClosesTheSessionAndLeavesItPending() {
        sendToBob("for bob only", "");
        long bobsDelivery;
        try (GatewayClient phone = device(bob, null)) {
            bobsDelivery = phone.next(WAIT).getJsonNumber("id").longValue();
        }
        try (GatewayClient intruder = device(alice, null)) {
            intruder.ack(bobsDelivery);
            assertEquals(4400, intruder.closeCode(WAIT), "a receipt for a delivery this device was not sent");
        }
        try (GatewayClient phone = device(bob, null)) {
            assertEquals(bobsDelivery, phone.next(WAIT).getJsonNumber("id").longValue(), "still not arrived");
        }
    }

    @Test
    void aWithdrawnMessageNeverArrives() {
        JsonObject sent = sendToBob("regret", "");
        assertEquals(0, admin("openim/admin_msgwithdraw", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgKey\":\""
                + sent.getString("MsgKey") + "\"}").getInt("ErrorCode"));
        try (GatewayClient phone = device(bob, null)) {
            assertEquals(List.of(), phone.receivedWithin(QUIET));
        }
    }

    @Test
    void devicesThatHaveAWithdrawnMessageAreToldToRemoveIt() {
        try (GatewayClient phone = device(bob, null)) {
            JsonObject sent = sendToBob("oops", "");
            assertEquals("oops", text(phone.next(WAIT)));
            assertEquals(0, admin("openim/admin_msgwithdraw", "{\"From_Account\":\"" + alice + "\",\"To_Account\":\"" + bob + "\",\"MsgKey\":\""
                    + sent.getString("MsgKey") + "\"}").getInt("ErrorCode"));
            JsonObject notice = phone.next(WAIT);
            assertEquals("withdraw", notice.getString("type"));
            assertEquals(sent.getString("MsgKey"), notice.getString("msgKey"));
            assertEquals(alice, notice.getString("from"));
        }
    }

    /**
     * WildFly's HTTP listeners cut any socket silent for 90 s, upgraded WebSockets included, unless
     * told otherwise; a device that keeps quiet within the gateway's idle timeout (300 s) must stay.
     */
    @Test
    void aDeviceSilentForLongerThanWildFlysDefaultSocketTimeoutStaysConnected() throws Exception {
        try (GatewayClient phone = device(bob, null)) {
            Thread.sleep(Duration.ofSeconds(95).toMillis());
            sendToBob("after a long silence", "");
            assertEquals("after a long silence", text(phone.next(WAIT)));
        }
    }

    @Test
    void lifetimeZeroReachesOnlyThoseOnline() throws Exception {
        sendToBob("while away", ",\"MsgLifeTime\":0");
        Thread.sleep(1000);
        try (GatewayClient phone = device(bob, null)) {
            assertEquals(List.of(), phone.receivedWithin(QUIET), "not kept for later");
            sendToBob("while here", ",\"MsgLifeTime\":0");
            assertEquals("while here", text(phone.next(WAIT)));
        }
    }

    @Test
    void everyDeviceOfAUserReceivesAndSyncOtherMachineReachesTheSender() {
        try (GatewayClient phone = device(bob, "Android"); GatewayClient laptop = device(bob, "Web"); GatewayClient sender = device(alice, "iPad")) {
            sendToBob("to all of bob", ",\"SyncOtherMachine\":1");
            assertEquals("to all of bob", text(phone.next(WAIT)));
            assertEquals("to all of bob", text(laptop.next(WAIT)));
            assertEquals("to all of bob", text(sender.next(WAIT)), "the sender's own devices get a copy");

            JsonObject state = admin("openim/query_online_status", "{\"IsNeedDetail\":1,\"To_Account\":[\"" + bob + "\",\"" + alice + "\",\"never-seen\"]}");
            JsonObject bobState = state.getJsonArray("QueryResult").getJsonObject(0);
            assertEquals("Online", bobState.getString("Status"));
            assertEquals(2, bobState.getJsonArray("Detail").size());
            assertEquals(70107, state.getJsonArray("ErrorList").getJsonObject(0).getInt("ErrorCode"));
        }
        // The server learns of a close when the close frame reaches it, a moment after the client's close returns.
        Eventually.await("bob offline once his devices have closed", WAIT, () -> "Offline".equals(
                admin("openim/querystate", "{\"To_Account\":[\"" + bob + "\"]}").getJsonArray("QueryResult").getJsonObject(0).getString("State")));
    }

    @Test
    void heartbeatsAreAnsweredAndBadClientsAreClosedWithAReason() {
        try (GatewayClient phone = device(bob, null)) {
            phone.ping();
            assertEquals("pong", phone.next(WAIT).getString("type"));
            phone.send("this is not json");
            JsonObject closing = phone.next(WAIT);
            assertEquals("close", closing.getString("type"));
            assertEquals(4400, closing.getInt("code"));
            assertEquals(4400, phone.closeCode(WAIT));
        }
        try (GatewayClient forged = GatewayClient.connect(BOOTSTRAP_SDKAPPID, bob, Tim.sign(BOOTSTRAP_SDKAPPID, "wrong-key", bob, 3600), null)) {
            assertEquals(4001, forged.closeCode(WAIT));
        }
        String stranger = "never-imported-" + UUID.randomUUID();
        try (GatewayClient unknown = device(stranger, null)) {
            assertEquals(4004, unknown.closeCode(WAIT));
        }
        try (GatewayClient other = device(bob, null)) {
            assertTrue(other.receivedWithin(Duration.ofMillis(300)).isEmpty(), "one client's bad frame harms no other session");
        }
    }
}
