package io.herald.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.eatthepath.pushy.apns.server.AcceptAllPushNotificationHandlerFactory;
import com.eatthepath.pushy.apns.server.MockApnsServerListener;
import com.eatthepath.pushy.apns.server.RejectionReason;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.MockApns;
import io.herald.it.support.PostgresTestDatabase;
import io.herald.it.support.Tim;
import io.herald.it.support.VendorApp;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http2.Http2Headers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Herald on PostgreSQL (HERALD_DB=postgres): the server migrates an empty database, becomes ready,
 * and what the APIs do lands in PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(PostgresTestDatabase.url(System.getProperty("herald.test.postgres.database")), "postgres", "postgres");
    }

    @Test
    void becomesReadyOnAMigratedPostgresSchema() throws Exception {
        HttpResponse<String> health = Http.get(URI.create(Herald.MANAGEMENT + "/health/ready"));
        assertEquals(200, health.statusCode(), health.body());
        try (Connection c = database();
             PreparedStatement q = c.prepareStatement("select count(*) from herald.flyway_schema_history where success");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            assertEquals(true, rs.getInt(1) >= 1);
        }
    }

    @Test
    void appsCreatedThroughTheApiAreStoredInPostgresAndAuthenticate() throws Exception {
        HttpResponse<String> created = Http.send(Http.basicAuth(HttpRequest.newBuilder(Herald.http("/admin/v1/apps")), Herald.ADMIN_USER, Herald.ADMIN_PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"on postgres\",\"sdkAppId\":1400000777}")));
        assertEquals(201, created.statusCode(), created.body());
        String secretKey = Http.json(created).getString("secretKey");

        try (Connection c = database();
             PreparedStatement q = c.prepareStatement("select name, secret_key from herald.app where sdk_app_id = ?")) {
            q.setLong(1, 1400000777L);
            try (ResultSet rs = q.executeQuery()) {
                assertEquals(true, rs.next());
                assertEquals("on postgres", rs.getString(1));
                assertEquals(secretKey, rs.getString(2));
            }
        }
        String sig = Tim.sign(1400000777L, secretKey, "administrator", 3600);
        assertEquals(60009, Tim.call("/v4/anything/unknown", 1400000777L, "administrator", sig, "{}").getInt("ErrorCode"));
    }

    /**
     * A vendor channel's batch on PostgreSQL: the deliveries read with their devices' tokens, the
     * notification handed to APNs (Pushy's mock), and the rows marked sent in one statement.
     */
    @Test
    void aPushThroughApnsIsSentToTheDevicesTokenAndMarkedSentInPostgres() throws Exception {
        String topic = "com.example.postgres";
        String token = "d".repeat(64);
        List<String> collapseIds = new CopyOnWriteArrayList<>();
        try (MockApns apns = MockApns.start(MockApns.signingKey(), new AcceptAllPushNotificationHandlerFactory(), new MockApnsServerListener() {
            @Override
            public void handlePushNotificationAccepted(Http2Headers headers, ByteBuf payload) {
                collapseIds.add(headers.get("apns-collapse-id").toString());
            }

            @Override
            public void handlePushNotificationRejected(Http2Headers headers, ByteBuf payload, RejectionReason reason, Instant timestamp) {
            }
        })) {
            VendorApp app = VendorApp.create("postgres-apns");
            app.configured("apns", apns.credentials(topic));
            String device = app.device("2", "apns", token, "ios-" + UUID.randomUUID(), null);
            String msgKey = "pg-" + UUID.randomUUID();
            String taskId = VendorApp.taskId(app.call("PushSimple", Map.of("TaskName", "postgres", "Title", "Hello", "Content", "From PostgreSQL",
                    "DeliveryType", "2", "TargetMsgkey", "{\"" + device + "\":\"" + msgKey + "\"}", "ExpiredSeconds", "600")));

            Eventually.await("the notification accepted by APNs", Duration.ofSeconds(30), () -> collapseIds.contains(msgKey));
            Eventually.await("the delivery marked sent", Duration.ofSeconds(30), () -> "SENT".equals(deliveryStatus(taskId)));
        }
    }

    private static String deliveryStatus(String taskId) throws Exception {
        try (Connection c = database();
             PreparedStatement q = c.prepareStatement("select d.status, d.attempts from herald.delivery d join herald.push_task t on t.id = d.push_task_id"
                     + " where t.task_id = ? and d.channel = 'apns'")) {
            q.setString(1, taskId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                assertEquals(rs.getString(1).equals("QUEUED") ? 0 : 1, rs.getInt(2), "attempts of a delivery " + rs.getString(1));
                return rs.getString(1);
            }
        }
    }
}
