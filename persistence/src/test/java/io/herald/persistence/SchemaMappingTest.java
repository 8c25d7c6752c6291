package io.herald.persistence;

import static io.herald.domain.DomainFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.DomainFixtures;
import io.herald.domain.account.Account;
import io.herald.domain.app.App;
import io.herald.domain.app.AppIdentity;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.device.Device;
import io.herald.domain.device.Platform;
import io.herald.domain.message.Message;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations and the JPA mapping must agree on both supported databases: Hibernate validates
 * the migrated schema, then every aggregate makes a round trip.
 */
class SchemaMappingTest {

    @Test
    void h2() {
        String url = "jdbc:h2:mem:schema-check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("sa");
        checkMappingAgainstMigrations(SchemaMigrations.apply(ds), url, "sa", "sa", SchemaMigrations.SCHEMA);
    }

    /** Needs the PostgreSQL on 127.0.0.1:5432 (database test, trust auth) that .ci/run makes sure is running. */
    @Test
    void postgresql() throws SQLException {
        String url = System.getProperty("herald.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("herald.test.postgres.user", "postgres");
        String schema = "herald_check_" + Long.toHexString(System.nanoTime());
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        try {
            checkMappingAgainstMigrations(SchemaMigrations.apply(ds, schema), url, user, "", schema);
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private void checkMappingAgainstMigrations(MigrateResult migrated, String url, String user, String password, String schema) {
        assertTrue(migrated.success);
        assertTrue(migrated.migrationsExecuted >= 1);
        Map<String, Object> settings = Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "hibernate.default_schema", schema);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("herald-schema-check", settings);
        try {
            roundTrip(emf);
        } finally {
            emf.close();
        }
    }

    private void roundTrip(EntityManagerFactory emf) {
        long[] ids = new long[3];
        inTransaction(emf, em -> {
            App app = DomainFixtures.app(1400000100L);
            app.issueAccessKey("AK-round-trip", "secret", T0);
            em.persist(app);

            Account account = new Account(app, "alice", T0);
            account.tag(java.util.List.of("vip"));
            account.setAttribute("sex", "female");
            em.persist(account);

            Device device = new Device(app, "token-alice", Platform.IOS, T0);
            device.bind("alice", "13800000000", T0);
            device.reportVendorToken("apns", "a".repeat(64), T0);
            em.persist(device);

            Message message = DomainFixtures.message(app, "msg-1", Duration.ofDays(1));
            em.persist(message);
            PushTask task = new PushTask(app, "task-1", PushKind.AUDIENCE, "vip news", "{\"TagsAnd\":[\"vip\"]}", null, T0);
            em.persist(task);
            Delivery delivery = Delivery.toDevice(message, task, "apns", "token-alice", T0);
            delivery.markSent(T0.plusSeconds(1));
            em.persist(delivery);

            ids[0] = account.id();
            ids[1] = device.id();
            ids[2] = delivery.id();
        });
        inTransaction(emf, em -> {
            Account account = em.find(Account.class, ids[0]);
            assertEquals(java.util.Set.of("vip"), account.tags());
            assertEquals("female", account.attributes().get("sex"));
            assertEquals("AK-round-trip", account.app().activeAccessKey("AK-round-trip").orElseThrow().accessKeyId());

            Device device = em.find(Device.class, ids[1]);
            assertEquals("alice", device.boundUserId().orElseThrow());
            assertEquals(1, device.bindings().size());
            assertEquals(64, device.vendorTokens().get("apns").length());

            Delivery delivery = em.find(Delivery.class, ids[2]);
            assertEquals(DeliveryStatus.SENT, delivery.status());
            assertEquals(T0.plusSeconds(1), delivery.sentAt().orElseThrow());
            assertEquals("task-1", delivery.task().orElseThrow().taskId());
        });
        // The SDKAppID is a mutable natural id: after the app is re-identified it is found by the new one only.
        inTransaction(emf, em -> {
            App app = em.unwrap(Session.class).bySimpleNaturalId(App.class).load(1400000100L);
            AppIdentity before = app.identity();
            app.reidentify(new AppIdentity(1400000101L, before.adminIdentifier(), before.mpsAppId(), before.workspaceId()));
        });
        inTransaction(emf, em -> {
            assertTrue(em.unwrap(Session.class).bySimpleNaturalId(App.class).loadOptional(1400000100L).isEmpty());
            assertEquals(1400000101L, em.unwrap(Session.class).bySimpleNaturalId(App.class).load(1400000101L).sdkAppId());
        });
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
