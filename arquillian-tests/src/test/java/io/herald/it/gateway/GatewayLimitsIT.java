package io.herald.it.gateway;

import static io.herald.it.support.Herald.BOOTSTRAP_ADMIN;
import static io.herald.it.support.Herald.BOOTSTRAP_SDKAPPID;
import static io.herald.it.support.Herald.BOOTSTRAP_SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Tim;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Gateway hygiene with small limits set for this deployment: idle sessions are closed, an app's connections are capped. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayLimitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-ejb.jar").addAsManifestResource(new StringAsset(
                "herald.channels.enabled=gateway\nherald.gateway.max-connections-per-app=2\nherald.gateway.idle-timeout-seconds=2\n"),
                "microprofile-config.properties");
        return ear;
    }

    @BeforeAll
    static void account() {
        Tim.call("/v4/im_open_login_svc/account_import", BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN,
                Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 3600), "{\"UserID\":\"limits\"}");
    }

    private static GatewayClient device() {
        return GatewayClient.connect(BOOTSTRAP_SDKAPPID, "limits", Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, "limits", 3600), null);
    }

    @Test
    void aSessionThatStaysSilentIsClosedAndOneThatPingsStays() throws Exception {
        try (GatewayClient silent = device(); GatewayClient talking = device()) {
            for (int i = 0; i < 4; i++) {
                Thread.sleep(800);
                talking.ping();
                assertEquals("pong", talking.next(Duration.ofSeconds(5)).getString("type"));
            }
            int code = silent.closeCode(Duration.ofSeconds(10));
            assertTrue(code != 1000, "closed for idling, code " + code);
        }
    }

    @Test
    void anAppCannotHoldMoreConnectionsThanItsLimit() throws Exception {
        Thread.sleep(500);
        try (GatewayClient first = device(); GatewayClient second = device()) {
            first.ping();
            second.ping();
            assertEquals(List.of("pong", "pong"), List.of(first.next(Duration.ofSeconds(5)).getString("type"), second.next(Duration.ofSeconds(5)).getString("type")));
            try (GatewayClient third = device()) {
                assertEquals(4429, third.closeCode(Duration.ofSeconds(10)));
            }
        }
    }
}
