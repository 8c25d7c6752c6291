package io.herald.it.support;

import java.io.File;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The server under test and the EAR the build made, as the tests address them. */
public final class Herald {

    public static final String HTTP = "http://127.0.0.1:8080";
    public static final String HTTPS = "https://localhost:8443";
    public static final String MANAGEMENT = "http://127.0.0.1:9990";

    /** The bootstrap app's identity and secrets, as arquillian.xml configures them. */
    public static final long BOOTSTRAP_SDKAPPID = 1400000000L;
    public static final String BOOTSTRAP_ADMIN = "administrator";
    public static final String BOOTSTRAP_SECRET_KEY = "it-bootstrap-secret-key";
    public static final String BOOTSTRAP_ACCESS_KEY_ID = "LTAIitbootstrap00000";
    public static final String BOOTSTRAP_ACCESS_KEY_SECRET = "it-bootstrap-access-key-secret";
    public static final String BOOTSTRAP_DEVICE_KEY = "hdk_itbootstrapdevicekey";

    public static final String ADMIN_USER = "it-admin";
    public static final String ADMIN_PASSWORD = "it-admin-password";
    public static final String OTHER_USER = "it-user";
    public static final String OTHER_PASSWORD = "it-user-password";

    private Herald() {
    }

    /** The real EAR, exactly as `bin/herald run` deploys it. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("herald.test.ear")));
    }

    public static URI http(String path) {
        return URI.create(HTTP + path);
    }

    /** A call to the admin API as the test administrator. */
    public static HttpResponse<String> admin(HttpRequest.Builder request) {
        return Http.send(Http.basicAuth(request.header("Content-Type", "application/json"), ADMIN_USER, ADMIN_PASSWORD));
    }

    /** A new app, created through the admin API; the answer holds its identities and secrets. */
    public static JsonObject createApp(String name) {
        HttpResponse<String> created = admin(HttpRequest.newBuilder(http("/admin/v1/apps"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("name", name).build().toString())));
        if (created.statusCode() != 201) {
            throw new AssertionError("could not create an app: " + created.body());
        }
        return Http.json(created);
    }

    /** How many messages wait on a queue, as the server's metrics say (-1 when it has none). */
    public static double queueDepth(String queue) {
        String metrics = Http.get(URI.create(MANAGEMENT + "/metrics")).body();
        return metrics.lines().filter(l -> l.startsWith("messaging_activemq_message_count{") && l.contains("name=\"" + queue + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
