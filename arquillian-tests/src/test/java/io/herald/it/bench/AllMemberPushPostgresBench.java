package io.herald.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.ChannelDelivery;
import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.PostgresTestDatabase;
import io.herald.it.support.Tim;
import io.herald.it.support.TimApp;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An all-member push (im_push, no condition) to an app of a million accounts on PostgreSQL: one in
 * ten is meant to be connected (as many of those as the machine's open files allow are), the other
 * nine each have an Android device with a Xiaomi token. Measured over several such pushes, one after
 * another: the answer, the time until every connected account has the message, and the time until
 * every vendor delivery is queued (its row committed with its JMS batch; the xiaomi MDB's delivery
 * is stopped, so the leg to the vendor is not part of it). Baselines from the same run: the bare
 * JAX-RS endpoint's answer, and PostgreSQL writing the same number of delivery rows in one
 * statement. The accounts and devices are written with SQL straight into the database, as a
 * migration from another system would; Herald's audience index is built from the database on its
 * first use.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "bench-postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllMemberPushPostgresBench {

    static final int ACCOUNTS = Integer.getInteger("herald.bench.accounts", 1_000_000);
    static final int CONNECTED = Integer.getInteger("herald.bench.push-connections", 10_000);
    static final int ANSWER_RUNS = 20;
    static final int ANSWER_WARM_UP = 5;
    static final int FULL_PUSHES = Integer.getInteger("herald.bench.full-pushes", 3);
    static final String VENDOR = "xiaomi";
    /** Every push of the run carries it, so the warm-up covers the measured push's whole path. */
    static final String OFFLINE_PUSH = ",\"OfflinePushInfo\":{\"Title\":\"Bench\",\"Desc\":\"To everyone\"}";
    static final URI BARE = URI.create("http://127.0.0.1:8080/bench/bare");
    /** Devices keep their connections alive; a connection silent for 90 s is dropped (see docs/benchmarks.md). */
    static final int HEARTBEAT_SECONDS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BenchServer.ear();
    }

    @ArquillianResource
    ManagementClient management;

    private int random;

    @Test
    void allMemberPushToAMillionAccounts() throws Exception {
        TimApp app = TimApp.create("all-member-bench");
        assertEquals(200, Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.id() + "/channels/" + VENDOR))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"appSecret\":\"bench\",\"packageName\":\"com.example.bench\",\"baseUrl\":\"http://127.0.0.1:9/\"}")))
                .statusCode());
        long seedStart = System.nanoTime();
        int vendorDevices = seed(app.id());
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        ChannelDelivery.stop(management, "XiaomiDispatcher");

        HttpClient client = HttpClient.newHttpClient();
        List<BenchSockets.Counting> listeners = new ArrayList<>();
        List<WebSocket> sockets = BenchSockets.open(client, CONNECTED, i -> URI.create("ws://127.0.0.1:8080/gateway/v1?sdkappid=" + app.sdkAppId()
                + "&identifier=" + onlineUser(i) + "&usersig=" + Tim.sign(app.sdkAppId(), app.secretKey(), onlineUser(i), 3600)), i -> {
                    BenchSockets.Counting listener = new BenchSockets.Counting();
                    synchronized (listeners) {
                        listeners.add(listener);
                    }
                    return listener;
                }, true);

        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(() -> sockets.forEach(socket -> socket.sendText("{\"v\":1,\"type\":\"ping\"}", true)),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);

        long[] answers = new long[ANSWER_RUNS];
        for (int run = -ANSWER_WARM_UP; run < ANSWER_RUNS; run++) {
            long start = System.nanoTime();
            push(app, ",\"Condition\":{\"TagsAnd\":[\"nobody-has-this-tag\"]}" + OFFLINE_PUSH);
            if (run >= 0) {
                answers[run] = System.nanoTime() - start;
            }
            Thread.sleep(1_100);
        }

        long[] bareAnswers = new long[ANSWER_RUNS];
        for (int run = -ANSWER_WARM_UP; run < ANSWER_RUNS; run++) {
            long start = System.nanoTime();
            assertEquals(200, Http.post(BARE, "{}").statusCode());
            if (run >= 0) {
                bareAnswers[run] = System.nanoTime() - start;
            }
        }

        List<BenchSockets.Counting> greeted = listeners.stream().filter(l -> l.greeted.isDone() && !l.greeted.isCompletedExceptionally()).toList();
        List<FullPush> pushes = new ArrayList<>();
        for (int ordinal = 1; ordinal <= FULL_PUSHES; ordinal++) {
            FullPush push = fullPush(app, vendorDevices, greeted, ordinal);
            assertEquals(greeted.size(), push.arrived(), "every connected account has push " + ordinal);
            pushes.add(push);
        }
        Map<String, Long> closes = greeted.stream().filter(l -> l.closedWith != null)
                .collect(Collectors.groupingBy(l -> l.closedWith, TreeMap::new, Collectors.counting()));
        heartbeat.shutdownNow();
        BenchSockets.closeAll(sockets);

        Stats answer = Stats.ofNanos(answers);
        Stats bare = Stats.ofNanos(bareAnswers);
        BenchReport.write("40-all-member-push", String.format("""
                ## All-member push to %,d accounts (PostgreSQL)

                One app, %,d accounts; one in ten is the connected share, and %,d of those were connected to the gateway
                (of %,d tried; the open-file limit bounds the connections, see the gateway section); the other nine in ten each have an
                Android device with a Xiaomi token (%,d devices). Accounts and devices were written with SQL in %.0f s;
                Herald built the audience from the database on first use. The xiaomi MDB's delivery was stopped, so
                "queued" is Herald's part: every vendor delivery row committed with its JMS batch.

                %d pushes to all members, one after the other's fan-out finished: each figure is their median, followed by every
                push's own in the order they ran (the first builds the audience).

                | what | median | every push | target |
                | --- | --- | --- | --- |
                | im_push answer, all members, %,d accounts | %.1f ms | %s | ≤ 50 ms |
                | connected accounts reached, p50 after the call (all %,d each time) | %.0f ms | %s | — |
                | connected accounts reached, p99 after the call | %.0f ms | %s | ≤ 5 s |
                | connected accounts reached, the last | %.0f ms | %s | — |
                | all %,d vendor deliveries queued | %.1f s | %s | ≤ 60 s |
                | fan-out finished (im_get_push_report Status 2) | %.1f s | %s | — |
                | baseline: the same %,d vendor delivery rows written by PostgreSQL in one INSERT … SELECT (rolled back) | %.1f s | %s | — |

                | what | p50 / p99 / max | target |
                | --- | --- | --- |
                | im_push answer, %d pushes to nobody after %d warm-up | %s ms | ≤ 50 ms |
                | baseline: bare JAX-RS POST on the same server, %d calls | %s ms | — |

                Ratios to the baselines: answer p50 %.2f (bare / Herald, the pushes to nobody); vendor deliveries %.2f, the median
                of each push's (one INSERT … SELECT / Herald's fan-out, which also writes a claim per target, reads the accounts'
                devices and tokens, sends the JMS batches and checkpoints every chunk).

                Connections the server had closed by the end (close code and reason: how many): %s.

                """, ACCOUNTS, ACCOUNTS, greeted.size(), CONNECTED, vendorDevices, seedSeconds, FULL_PUSHES,
                ACCOUNTS, Median.of(pushes, FullPush::answerMillis), Median.listed(pushes, "%.1f", FullPush::answerMillis),
                greeted.size(), Median.of(pushes, (FullPush p) -> p.connected().p50()), Median.listed(pushes, "%.0f", p -> p.connected().p50()),
                Median.of(pushes, p -> p.connected().p99()), Median.listed(pushes, "%.0f", p -> p.connected().p99()),
                Median.of(pushes, p -> p.connected().max()), Median.listed(pushes, "%.0f", p -> p.connected().max()),
                vendorDevices, Median.of(pushes, FullPush::queuedSeconds), Median.listed(pushes, "%.1f", FullPush::queuedSeconds),
                Median.of(pushes, FullPush::finishedSeconds), Median.listed(pushes, "%.1f", FullPush::finishedSeconds),
                vendorDevices, Median.of(pushes, FullPush::bulkSeconds), Median.listed(pushes, "%.1f", FullPush::bulkSeconds),
                ANSWER_RUNS, ANSWER_WARM_UP, answer.row().replace(" | ", " / "), ANSWER_RUNS, bare.row().replace(" | ", " / "),
                bare.p50() / answer.p50(), Median.of(pushes, p -> p.bulkSeconds() / p.queuedSeconds()),
                closes.isEmpty() ? "none" : closes));
    }

    /** One push to every member: its answer, when the connected accounts had it, when its vendor leg was queued, and the baseline. */
    record FullPush(double answerMillis, Stats connected, int arrived, double queuedSeconds, double finishedSeconds, double bulkSeconds) {
    }

    /** The ordinal-th push to every member (each connected account's ordinal-th message), measured until its fan-out finished. */
    private FullPush fullPush(TimApp app, int vendorDevices, List<BenchSockets.Counting> greeted, int ordinal) throws Exception {
        long pushedAt = System.nanoTime();
        String taskId = push(app, OFFLINE_PUSH);
        double answerMillis = (System.nanoTime() - pushedAt) / 1e6;
        CompletableFuture<Double> queued = CompletableFuture.supplyAsync(() -> awaitVendorDeliveries(taskId, vendorDevices, pushedAt));
        long[] reached = new long[greeted.size()];
        int arrived = 0;
        long deadline = pushedAt + TimeUnit.SECONDS.toNanos(120);
        for (BenchSockets.Counting listener : greeted) {
            OptionalLong arrival = listener.arrival(ordinal, deadline);
            if (arrival.isPresent()) {
                reached[arrived++] = arrival.getAsLong() - pushedAt;
            }
        }
        Stats connected = Stats.ofNanos(Arrays.copyOf(reached, Math.max(1, arrived)));
        double queuedSeconds = queued.join();
        double finishedSeconds = awaitFinished(app, taskId, pushedAt);
        return new FullPush(answerMillis, connected, arrived, queuedSeconds, finishedSeconds, bulkInsertSeconds(app.id(), taskId));
    }

    /** The i-th connected account: one in ten accounts belongs to the connected share. */
    private static String onlineUser(int i) {
        return "u" + (i * 10);
    }

    private String push(TimApp app, String extra) {
        JsonObject answer = app.call("all_member_push/im_push", "{\"MsgRandom\":" + (++random)
                + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"bench " + random + "\"}}]" + extra + "}");
        assertEquals(0, answer.getInt("ErrorCode"), answer.toString());
        return answer.getString("TaskId");
    }

    /** The accounts, and the vendor devices of those outside the connected share. @return how many devices */
    private static int seed(long appId) throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("INSERT INTO herald.account (app_id, user_id, created_at) SELECT " + appId + ", 'u' || g, now()"
                    + " FROM generate_series(0, " + (ACCOUNTS - 1) + ") g");
            int devices = sql.executeUpdate("INSERT INTO herald.device (app_id, delivery_token, platform, bound_user_id, created_at)"
                    + " SELECT " + appId + ", 'd' || g, 'ANDROID', 'u' || g, now() FROM generate_series(0, " + (ACCOUNTS - 1) + ") g WHERE g % 10 <> 0");
            sql.execute("INSERT INTO herald.device_vendor_token (device_id, channel, token)"
                    + " SELECT id, '" + VENDOR + "', 'mi-' || delivery_token FROM herald.device WHERE app_id = " + appId);
            db.commit();
            db.setAutoCommit(true);
            sql.execute("ANALYZE");
            return devices;
        }
    }

    /**
     * Seconds PostgreSQL takes to write as many delivery rows as the push's vendor deliveries with
     * one INSERT … SELECT over the app's devices, rolled back: the floor of what the fan-out writes.
     */
    private static double bulkInsertSeconds(long appId, String taskId) throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            sql.executeUpdate("INSERT INTO herald.delivery (id, app_id, message_id, push_task_id, channel, target, target_kind, status, attempts, queued_at)"
                    + " SELECT -d.id, d.app_id, m.id, t.id, '" + VENDOR + "', d.delivery_token, 'DEVICE', 'QUEUED', 0, now()"
                    + " FROM herald.device d, herald.push_task t JOIN herald.message m ON m.push_task_id = t.id"
                    + " WHERE d.app_id = " + appId + " AND t.task_id = '" + taskId + "'");
            double seconds = (System.nanoTime() - start) / 1e9;
            db.rollback();
            return seconds;
        }
    }

    /** Seconds from the call until the last of the task's vendor deliveries was committed (polled every 250 ms). */
    private static double awaitVendorDeliveries(String taskId, int expected, long pushedAt) {
        try (Connection db = database(); PreparedStatement count = db.prepareStatement("SELECT count(*) FROM herald.delivery d"
                + " JOIN herald.push_task t ON d.push_task_id = t.id WHERE t.task_id = ? AND d.channel = ?")) {
            count.setString(1, taskId);
            count.setString(2, VENDOR);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= expected) {
                        return (System.nanoTime() - pushedAt) / 1e9;
                    }
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the vendor deliveries were not all queued within an hour");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double awaitFinished(TimApp app, String taskId, long pushedAt) throws Exception {
        while (app.call("openim/im_get_push_report", "{\"TaskIds\":[\"" + taskId + "\"]}")
                .getJsonArray("Reports").getJsonObject(0).getInt("Status") != 2) {
            Thread.sleep(250);
        }
        return (System.nanoTime() - pushedAt) / 1e9;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.url(System.getProperty("herald.test.postgres.database")), "postgres", "postgres");
    }
}
