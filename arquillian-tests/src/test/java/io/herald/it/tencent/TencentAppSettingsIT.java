package io.herald.it.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.TimApp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-app limits of the Tencent family, set through the admin API: the call rate (60011) and the message size (93000). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TencentAppSettingsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @Test
    void callsBeyondTheAppsRateAreRefusedAtOnceWith60011() {
        TimApp app = TimApp.create("limits");
        app.settings("{\"callsPerSecond\":1}");
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            codes.add(app.call("im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"x\"}]}").getInt("ErrorCode"));
        }
        assertTrue(codes.contains(0), codes.toString());
        assertTrue(codes.contains(60011), "five calls within two seconds exceed one a second: " + codes);

        app.settings("{}");
        for (int i = 0; i < 5; i++) {
            assertEquals(0, app.call("im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"x\"}]}").getInt("ErrorCode"));
        }
    }

    @Test
    void anAppMaySetItsOwnMessageSizeLimit() {
        TimApp app = TimApp.create("limits");
        assertEquals(0, app.call("im_open_login_svc/account_import", "{\"UserID\":\"bob\"}").getInt("ErrorCode"));
        String body = "{\"To_Account\":\"bob\",\"MsgRandom\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + "x".repeat(200) + "\"}}]}";
        assertEquals(0, app.call("openim/sendmsg", body).getInt("ErrorCode"));
        app.settings("{\"messageSizeLimit\":100}");
        assertEquals(93000, app.call("openim/sendmsg", body.replace("\"MsgRandom\":1", "\"MsgRandom\":2")).getInt("ErrorCode"));
        HttpResponse<String> invalid = Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.id() + "/tencent-settings"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"messageSizeLimit\":0}")));
        assertEquals(400, invalid.statusCode());
    }
}
