package io.herald.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.PostgresTestDatabase;
import io.herald.it.support.Tim;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
}
