package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness, metrics and HTTPS as an operator and a load balancer see them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @Test
    void readinessIsUpWithEachOfHeraldsChecks() {
        HttpResponse<String> response = Http.get(URI.create(Herald.MANAGEMENT + "/health/ready"));
        JsonObject health = Http.json(response);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", health.getString("status"));
        JsonObject herald = health.getJsonArray("checks").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(c -> c.getString("name").equals("herald")).findFirst().orElseThrow(() -> new AssertionError(response.body()));
        assertEquals("UP", herald.getString("status"));
        JsonObject components = herald.getJsonObject("data");
        for (String check : List.of("herald-schema", "herald-bootstrap-app", "herald-channel-queues", "herald-caches", "herald-channels")) {
            assertEquals("UP", components.getString(check, "missing"), check + " in " + response.body());
        }
        assertEquals("reachable", components.getString("herald-channel-queues.apns"));
    }

    @Test
    void requestsAreCountedPerApiAndOutcomeForPrometheus() {
        Http.post(Herald.http("/v4/anything/unknown"), "{}");
        String metrics = Http.get(URI.create(Herald.MANAGEMENT + "/metrics")).body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("herald_api_requests_total{") && l.contains("api=\"tencent\"") && l.contains("code=\"60012\"")),
                "no herald_api_requests_total for the Tencent call");
        for (String queue : List.of("jms.queue.herald.channel.apns", "jms.queue.herald.channel.apns.dlq")) {
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("messaging_activemq_message_count{") && l.contains("name=\"" + queue + "\"")),
                    "no depth for " + queue);
        }
    }

    @Test
    void httpsServesTheGeneratedCertificateForLocalhostAnd127001() throws Exception {
        AtomicReference<X509Certificate> served = new AtomicReference<>();
        TrustManager capture = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                served.set(chain[0]);
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {capture}, null);
        HttpResponse<String> response = HttpClient.newBuilder().sslContext(tls).build()
                .send(HttpRequest.newBuilder(URI.create(Herald.HTTPS + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode(), "the POP endpoint answers over HTTPS too");
        assertEquals("MissingParameter", Http.json(response).getString("Code"));
        Set<String> names = served.get().getSubjectAlternativeNames().stream().map(san -> san.get(1).toString()).collect(Collectors.toSet());
        assertEquals(Set.of("localhost", "127.0.0.1"), names);
    }
}
