package io.herald.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Tim;
import io.herald.it.support.TimApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BenchServer.ear();
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
        long heapBefore = BenchServer.settledHeapAfterGc(management);
        long start = System.nanoTime();
        List<WebSocket> herald = BenchSockets.open(client, CONNECTIONS, i -> URI.create("ws://" + serverAddress(i) + ":8080/gateway/v1?sdkappid=" + app.sdkAppId()
                + "&identifier=u" + i + "&usersig=" + Tim.sign(app.sdkAppId(), app.secretKey(), "u" + i, 3600)), i -> new BenchSockets.Counting(0), true);
        double heraldSeconds = (System.nanoTime() - start) / 1e9;
        long heraldHeap = BenchServer.heapAfterGc(management) - heapBefore;
        BenchSockets.closeAll(herald);

        heapBefore = BenchServer.settledHeapAfterGc(management);
        start = System.nanoTime();
        List<WebSocket> echo = BenchSockets.open(client, herald.size(), i -> URI.create("ws://" + serverAddress(i) + ":8080/bench/echo"), i -> new BenchSockets.Counting(0), false);
        double echoSeconds = (System.nanoTime() - start) / 1e9;
        long echoHeap = BenchServer.heapAfterGc(management) - heapBefore;
        BenchSockets.closeAll(echo);

        long[] reconnect = new long[RECONNECTS];
        long[] echoBurst = new long[RECONNECTS];
        String userSig = Tim.sign(app.sdkAppId(), app.secretKey(), "u0", 3600);
        for (int run = -5; run < RECONNECTS; run++) {
            for (int m = 0; m < PENDING; m++) {
                app.call("openim/sendmsg", "{\"To_Account\":\"u0\",\"MsgRandom\":" + (run * 1000 + m + 10_000)
                        + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"pending " + m + "\"}}]}");
            }
            Thread.sleep(300);
            BenchSockets.Counting listener = new BenchSockets.Counting(PENDING);
            long connectAt = System.nanoTime();
            WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:8080/gateway/v1?sdkappid=" + app.sdkAppId()
                    + "&identifier=u0&usersig=" + userSig), listener).join();
            listener.messages.await(30, TimeUnit.SECONDS);
            long heraldNanos = listener.lastMessageAt - connectAt;
            for (long id : List.copyOf(listener.ids)) {
                socket.sendText("{\"v\":1,\"type\":\"ack\",\"id\":" + id + "}", true).join();
            }
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();

            BenchSockets.Counting echoListener = new BenchSockets.Counting(PENDING);
            connectAt = System.nanoTime();
            WebSocket echoSocket = client.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:8080/bench/echo"), echoListener).join();
            echoSocket.sendText("burst " + PENDING, true);
            echoListener.messages.await(30, TimeUnit.SECONDS);
            long echoNanos = echoListener.lastMessageAt - connectAt;
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

                | what | connections | heap held (MB) | per connection (KB) | opened in (s) |
                | --- | --- | --- | --- | --- |
                | Herald `/gateway/v1` (authenticated IM users, greeted) | %,d | %.1f | %.2f | %.1f |
                | baseline: bare WebSocket echo on the same server | %,d | %.1f | %.2f | %.1f |

                The server ran with a 2 GB heap. At %.2f KB each, 100,000 Herald connections need about %.0f MB of heap
                (target: 100,000 within 2 GB). The count is what this machine allows: the hard limit on open files
                is %s per process, and the benchmark client and the server each hold one descriptor per connection.

                Reconnect with %d messages waiting, until the last one arrives (%d runs after 5 warm-up runs):

                | what | p50 ms | p99 ms | max ms |
                | --- | --- | --- | --- |
                | Herald: connect, authenticate, drain %d pending messages (target p99 ≤ 50 ms) | %s |
                | baseline: connect to the echo endpoint and receive %d frames | %s |

                """, PENDING, herald.size(), heraldHeap / 1048576.0, heraldHeap / 1024.0 / herald.size(), heraldSeconds,
                echo.size(), echoHeap / 1048576.0, echoHeap / 1024.0 / Math.max(1, echo.size()), echoSeconds,
                heraldHeap / 1024.0 / herald.size(), heraldHeap / (double) herald.size() * 100_000 / 1048576.0,
                System.getProperty("herald.bench.nofile", "20000"), PENDING, RECONNECTS, PENDING, r.row(), PENDING, e.row()));
    }
}
