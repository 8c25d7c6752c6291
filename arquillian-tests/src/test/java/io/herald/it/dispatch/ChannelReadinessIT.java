package io.herald.it.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An enabled channel that is not deployed makes Herald not ready, instead of failing when the first push arrives. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChannelReadinessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-ejb.jar")
                .addClasses(RecordingChannel.class)
                .addAsManifestResource(new StringAsset("herald.channels.enabled=recording,carrier-pigeon\n"), "microprofile-config.properties");
        return ear;
    }

    @Test
    void aMissingEnabledChannelFailsReadinessAndNamesTheChannel() {
        HttpResponse<String> response = Http.get(URI.create(Herald.MANAGEMENT + "/health/ready"));
        assertEquals(503, response.statusCode(), response.body());
        JsonObject herald = Http.json(response).getJsonArray("checks").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(c -> c.getString("name").equals("herald")).findFirst().orElseThrow(() -> new AssertionError(response.body()));
        JsonObject data = herald.getJsonObject("data");
        assertEquals("DOWN", herald.getString("status"));
        assertEquals("DOWN", data.getString("herald-channels"));
        assertEquals("ready", data.getString("herald-channels.recording"));
        assertTrue(data.getString("herald-channels.carrier-pigeon").startsWith("no channel implementation"), response.body());
        assertEquals("UP", data.getString("herald-schema"), "the other checks still pass");
    }
}
