package io.herald.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Tim;
import io.herald.it.support.TimApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
 * The gateway: how many connections one server holds and what each costs in heap, and a reconnect
 * with 100 pending messages until the last one arrives; each against a bare WebSocket echo endpoint
 * on the same server in the same run.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "bench")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayBench {

    static final int CONNECTIONS = Integer.getInteger("herald.bench.connections", 15_000);
    static final int PENDING = 100;
    static final int RECONNECTS = 30;
    static final int HEAP_ROUNDS = 3;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BenchServer.ear();
    }

    /** What one round of connections cost: how many were open, the heap they held, how long they took to open. */
    record Held(int connections, long heapBytes, double seconds) {
        double kilobytesEach() {
            return heapBytes / 1024.0 / Math.max(1, connections);
        }
    }

    /** Opens the connections from a settled heap, reads what they hold, and closes them. */
    private Held hold(HttpClient client, int connections, IntFunction<URI> uri, boolean greeted) throws Exception {
        long heapBefore = BenchServer.settledHeapAfterGc(management);
        long start = System.nanoTime();
        List<WebSocket> sockets = BenchSockets.open(client, connections, uri, i -> new BenchSockets.Counting(), greeted);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = BenchServer.heapAfterGc(management) - heapBefore;
        BenchSockets.closeAll(sockets);
        return new Held(sockets.size(), heap, seconds);
    }

    /** Nanoseconds from the connect until the burst's last message, which must come within 30 s. */
    private static long lastOfBurst(BenchSockets.Counting listener, long connectAt, String sender) throws InterruptedException {
        return listener.arrival(PENDING, connectAt + TimeUnit.SECONDS.toNanos(30))
                .orElseThrow(() -> new AssertionError(sender + " did not deliver " + PENDING + " messages within 30 s")) - connectAt;
    }

    /**
     * The i-th connection's address of the server, which listens on every address of the bench
     * container: one client address reaches one server address and port from about 28,000 local
     * ports, so every 25,000 connections go to the next loopback address.
     */
    private static String serverAddress(int i) {
        return "127.0.0." + (1 + i / 25_000);
    }

    @Test
    void connectionsHeldAndReconnectWithPendingMessages() throws Exception {
        TimApp app = TimApp.create("gateway-bench");
        HttpClient client = HttpClient.newHttpClient();
        for (int from = 0; from < CONNECTIONS; from += 100) {
            StringBuilder accounts = new StringBuilder();
            for (int i = from; i < Math.min(CONNECTIONS, from + 100); i++) {
                accounts.append(i == from ? "" : ",").append("\"u").append(i).append('"');
            }
            assertEquals(0, app.call("im_open_login_svc/multiaccount_import", "{\"Accounts\":[" + accounts + "]}").getInt("ErrorCode"));
        }
        List<Held> heraldRounds = new ArrayList<>();
        List<Held> echoRounds = new ArrayList<>();
        for (int round = 0; round < HEAP_ROUNDS; round++) {
            Held herald = hold(client, CONNECTIONS, i -> URI.create("ws://" + serverAddress(i) + ":8080/gateway/v1?sdkappid=" + app.sdkAppId()
                    + "&identifier=u" + i + "&usersig=" + Tim.sign(app.sdkAppId(), app.secretKey(), "u" + i, 3600)), true);
            heraldRounds.add(herald);
            echoRounds.add(hold(client, herald.connections(), i -> URI.create("ws://" + serverAddress(i) + ":8080/bench/echo"), false));
        }
        Held herald = Median.of(heraldRounds, Comparator.comparingDouble(Held::kilobytesEach));
        Held echo = Median.of(echoRounds, Comparator.comparingDouble(Held::kilobytesEach));

        long[] reconnect = new long[RECONNECTS];
        long[] echoBurst = new long[RECONNECTS];
        String userSig = Tim.sign(app.sdkAppId(), app.secretKey(), "u0", 3600);
        for (int run = -5; run < RECONNECTS; run++) {
            for (int m = 0; m < PENDING; m++) {
                app.call("openim/sendmsg", "{\"To_Account\":\"u0\",\"MsgRandom\":" + (run * 1000 + m + 10_000)
                        + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"pending " + m + "\"}}]}");
            }
            Thread.sleep(300);
            BenchSockets.Counting listener = new BenchSockets.Counting();
            long connectAt = System.nanoTime();
            WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:8080/gateway/v1?sdkappid=" + app.sdkAppId()
                    + "&identifier=u0&usersig=" + userSig), listener).join();
            long heraldNanos = lastOfBurst(listener, connectAt, "Herald");
            for (long id : listener.ids()) {
                socket.sendText("{\"v\":1,\"type\":\"ack\",\"id\":" + id + "}", true).join();
            }
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();

            BenchSockets.Counting echoListener = new BenchSockets.Counting();
            connectAt = System.nanoTime();
            WebSocket echoSocket = client.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:8080/bench/echo"), echoListener).join();
            echoSocket.sendText("burst " + PENDING, true);
            long echoNanos = lastOfBurst(echoListener, connectAt, "the echo endpoint");
            echoSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
            if (run >= 0) {
                reconnect[run] = heraldNanos;
                echoBurst[run] = echoNanos;
            }
        }
        Stats r = Stats.ofNanos(reconnect);
        Stats e = Stats.ofNanos(echoBurst);
        BenchReport.write("30-gateway", String.format("""
                ## Gateway: connections held, reconnect with %d pending

                %d rounds, each opening the connections from a settled heap and closing them; each row is the round with the
                median heap per connection.

                | what | connections | heap held (MB) | per connection (KB) | opened in (s) | per connection, every round (KB) |
                | --- | --- | --- | --- | --- | --- |
                | Herald `/gateway/v1` (authenticated IM users, greeted) | %,d | %.1f | %.2f | %.1f | %s |
                | baseline: bare WebSocket echo on the same server | %,d | %.1f | %.2f | %.1f | %s |

                The server ran with a 2 GB heap. At %.2f KB each, 100,000 Herald connections need about %.0f MB of heap
                (target: 100,000 within 2 GB). The count is what this machine allows: the hard limit on open files
                is %s per process, and the benchmark client and the server each hold one descriptor per connection.

                Reconnect with %d messages waiting, until the last one arrives (%d runs after 5 warm-up runs):

                | what | p50 ms | p99 ms | max ms |
                | --- | --- | --- | --- |
                | Herald: connect, authenticate, drain %d pending messages (target p99 ≤ 50 ms) | %s |
                | baseline: connect to the echo endpoint and receive %d frames | %s |

                """, PENDING, HEAP_ROUNDS, herald.connections(), herald.heapBytes() / 1048576.0, herald.kilobytesEach(), herald.seconds(),
                Median.listed(heraldRounds, "%.2f", Held::kilobytesEach), echo.connections(), echo.heapBytes() / 1048576.0, echo.kilobytesEach(), echo.seconds(),
                Median.listed(echoRounds, "%.2f", Held::kilobytesEach), herald.kilobytesEach(), herald.kilobytesEach() * 100_000 / 1024.0,
                System.getProperty("herald.bench.nofile", "20000"), PENDING, RECONNECTS, PENDING, r.row(), PENDING, e.row()));
    }
}
