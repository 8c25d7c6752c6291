package io.herald.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Eventually;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Tim;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A device that stops reading while messages keep coming: with a small send queue set for this
 * deployment, the server lets it go instead of buffering without bound, and its next connection
 * receives every message, once and in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewaySlowClientIT {

    private static final int MESSAGES = 60;
    private static final String BIG_TEXT = "x".repeat(200_000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-ejb.jar").addAsManifestResource(new StringAsset(
                "herald.channels.enabled=gateway\nherald.gateway.send-queue-frames=8\n"), "microprofile-config.properties");
        return ear;
    }

    @Test
    void aClientTooSlowToKeepUpIsLetGoAndLosesNothing() {
        JsonObject app = Herald.createApp("slow-client");
        long sdkAppId = app.getJsonObject("app").getJsonNumber("sdkAppId").longValue();
        String secretKey = app.getString("secretKey");
        String admin = app.getJsonObject("app").getString("adminIdentifier");
        Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.getJsonObject("app").getInt("id") + "/tencent-settings"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"messageSizeLimit\":1000000}")));
        String adminSig = Tim.sign(sdkAppId, secretKey, admin, 3600);
        assertEquals(0, Tim.call("/v4/im_open_login_svc/account_import", sdkAppId, admin, adminSig, "{\"UserID\":\"snail\"}").getInt("ErrorCode"));

        List<String> sent = new ArrayList<>();
        try (GatewayClient stalled = GatewayClient.stalled(sdkAppId, "snail", Tim.sign(sdkAppId, secretKey, "snail", 3600))) {
            Eventually.await("the stalled session registered", Duration.ofSeconds(10), () -> online(sdkAppId, admin, adminSig));
            for (int i = 0; i < MESSAGES; i++) {
                JsonObject answer = Tim.call("/v4/openim/sendmsg", sdkAppId, admin, adminSig, "{\"To_Account\":\"snail\",\"MsgRandom\":" + (i + 1)
                        + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + i + ":" + BIG_TEXT + "\"}}]}");
                assertEquals(0, answer.getInt("ErrorCode"), answer.toString());
                sent.add(answer.getString("MsgKey"));
            }
            Eventually.await("the server to let the stalled session go", Duration.ofSeconds(30), () -> !online(sdkAppId, admin, adminSig));
        }
        try (GatewayClient phone = GatewayClient.connect(sdkAppId, "snail", Tim.sign(sdkAppId, secretKey, "snail", 3600), null)) {
            assertEquals(MESSAGES, phone.hello().getInt("pending"));
            List<String> received = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                JsonObject frame = phone.next(Duration.ofSeconds(30));
                received.add(frame.getString("msgKey"));
                phone.ack(frame.getJsonNumber("id").longValue());
            }
            assertEquals(sent, received, "every message, once, in the order sent");
            assertEquals(List.of(), phone.receivedWithin(Duration.ofSeconds(1)));
        }
    }

    private static boolean online(long sdkAppId, String admin, String adminSig) {
        return "Online".equals(Tim.call("/v4/openim/query_online_status", sdkAppId, admin, adminSig, "{\"To_Account\":[\"snail\"]}")
                .getJsonArray("QueryResult").getJsonObject(0).getString("Status"));
    }
}
