package io.herald.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.DeviceApi;
import io.herald.it.support.Eventually;
import io.herald.it.support.GatewayClient;
import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.Mpaas;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A schedule outlives a restart of the server's services between scheduling and firing: the
 * server is reloaded (every subsystem and deployment stopped and started again, in-memory state
 * gone), and the push still fires, from the timer kept in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleReloadIT {

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @Test
    void aScheduleSurvivesAReload() throws Exception {
        DeviceApi.Registered device = DeviceApi.register("android");
        Instant at = Instant.now().plusSeconds(30);
        String id = MpaasSchedulingIT.scheduled(Mpaas.bootstrap(), device.deliveryToken(), "after-reload", "1", "{\"fixedTime\":" + at.toEpochMilli() + "}");

        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        assertEquals("success", management.getControllerClient().execute(reload).get("outcome").asString());
        Thread.sleep(2_000);
        Eventually.await("the server back after the reload", Duration.ofSeconds(90), ScheduleReloadIT::ready);
        assertTrue(Instant.now().isBefore(at), "the reload ended before the firing time, so the timer had to survive it");

        try (GatewayClient phone = device.connect()) {
            JsonObject frame = phone.next(Duration.ofSeconds(60));
            assertEquals("after-reload", frame.getJsonObject("payload").getString("title"));
        }
        assertEquals("1", MpaasSchedulingIT.listed(id).get(0).get("ExecutedStatus"));
    }

    private static boolean ready() {
        try {
            return Http.get(URI.create(Herald.MANAGEMENT + "/health/ready")).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
