package io.herald.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Tim;
import io.herald.it.support.TimApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
 * sendmsg to connected users, admin UserSig reused: accepted calls per second and the accept
 * latency, against a bare JAX-RS endpoint on the same server under the same load; and the time
 * from the call to the frame at the recipient's device; then both again at a fixed rate below
 * saturation, where the latencies are the work of a call rather than the wait in the queue that a
 * closed loop at full speed builds.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "bench")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SendmsgBench {

    static final int USERS = 200;
    static final int CALLS = Integer.getInteger("herald.bench.calls", 20_000);
    /** Closed-loop rounds of each side, alternating, so that the figures are medians with a spread and not one run's. */
    static final int ROUNDS = Integer.getInteger("herald.bench.rounds", 3);
    static final int CONCURRENCY = 64;
    static final int WARM_UP_BATCH = 5_000;
    static final int MAX_WARM_UP_CALLS = Integer.getInteger("herald.bench.max-warm-up-calls", 150_000);
    /** Below what Herald accepts at full speed here, so that the paced run shows latency without a queue. */
    static final int PACED_RATE = Integer.getInteger("herald.bench.paced-rate", 250);
    static final int PACED_CALLS = PACED_RATE * 20;
    static final int PACED_MAX_IN_FLIGHT = 1_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BenchServer.ear();
    }

    @ArquillianResource
    ManagementClient management;

    /** Notes, for every message frame, how long after its call it arrived (the call's nanoTime is in its text). */
    static final class Recipient extends BenchSockets.WholeFrames {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

        @Override
        void onFrame(WebSocket socket, String frame) {
            int at = frame.indexOf("sent:");
            if (at >= 0) {
                long sent = Long.parseLong(frame.substring(at + 5, frame.indexOf('"', at)));
                latencies.add(System.nanoTime() - sent);
                int id = frame.indexOf("\"id\":");
                socket.sendText("{\"v\":1,\"type\":\"ack\",\"id\":" + frame.substring(id + 5, frame.indexOf(',', id)) + "}", true);
            }
        }
    }

    /** One stretch of calls: their rate, latencies and failures, and the server's CPU time per call. */
    record Run(double callsPerSecond, Stats accept, int failed, double cpuMillisPerCall) {

        String row() {
            return String.format("%s | %d | %.2f", accept.row(), failed, cpuMillisPerCall);
        }
    }

    @Test
    void sendmsgToConnectedUsers() throws Exception {
        TimApp app = TimApp.create("sendmsg-bench");
        StringBuilder accounts = new StringBuilder();
        for (int i = 0; i < USERS; i++) {
            accounts.append(i == 0 ? "" : ",").append("\"r").append(i).append('"');
        }
        for (int from = 0; from < USERS; from += 100) {
            String batch = String.join(",", java.util.Arrays.copyOfRange(accounts.toString().split(","), from, Math.min(USERS, from + 100)));
            assertEquals(0, app.call("im_open_login_svc/multiaccount_import", "{\"Accounts\":[" + batch + "]}").getInt("ErrorCode"));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Recipient> recipients = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            Recipient recipient = new Recipient();
            recipients.add(recipient);
            sockets.add(client.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:8080/gateway/v1?sdkappid=" + app.sdkAppId()
                    + "&identifier=r" + i + "&usersig=" + Tim.sign(app.sdkAppId(), app.secretKey(), "r" + i, 3600)), recipient).join());
        }
        String adminSig = Tim.sign(app.sdkAppId(), app.secretKey(), app.admin(), 86_400);
        URI sendmsg = URI.create("http://127.0.0.1:8080/v4/openim/sendmsg?sdkappid=" + app.sdkAppId() + "&identifier=" + app.admin()
                + "&usersig=" + adminSig + "&random=1&contenttype=json");
        URI bare = URI.create("http://127.0.0.1:8080/bench/bare");
        AtomicInteger random = new AtomicInteger();
        java.util.function.IntFunction<String> body = i -> "{\"To_Account\":\"r" + (i % USERS) + "\",\"MsgRandom\":" + random.incrementAndGet()
                + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"sent:" + System.nanoTime() + "\"}}]}";

        int bareWarmUp = warmUp(client, bare, body);
        int heraldWarmUp = warmUp(client, sendmsg, body);
        recipients.forEach(r -> r.latencies.clear());
        // Each round runs the baseline first: Herald's deliveries may still be draining after its run, and would slow the baseline down.
        List<Run> baselines = new ArrayList<>();
        List<Run> heralds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            baselines.add(load(client, bare, CALLS, 0, body));
            heralds.add(load(client, sendmsg, CALLS, 0, body));
            Thread.sleep(3000);
        }
        Stats e2e = arrivals(recipients);
        Run baseline = Median.of(baselines, Comparator.comparingDouble(Run::callsPerSecond));
        Run herald = Median.of(heralds, Comparator.comparingDouble(Run::callsPerSecond));
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ratios.add(heralds.get(round).callsPerSecond() / baselines.get(round).callsPerSecond());
        }
        long interval = 1_000_000_000L / PACED_RATE;
        Run pacedBaseline = load(client, bare, PACED_CALLS, interval, body);
        recipients.forEach(r -> r.latencies.clear());
        Run paced = load(client, sendmsg, PACED_CALLS, interval, body);
        Thread.sleep(3000);
        Stats pacedE2e = arrivals(recipients);
        sockets.forEach(WebSocket::abort);
        BenchReport.write("10-sendmsg", String.format("""
                ## sendmsg to connected users

                %d rounds of %,d calls each side, alternating (the baseline, then Herald), %d at a time over HTTP/1.1 keep-alive,
                to %d connected users (one device each); the admin UserSig is reused. Each side first warms up in batches of
                %,d calls until the server's JIT spends less than %.0f%% of a batch's time compiling (at most %,d calls):
                the baseline after %,d calls, Herald after %,d. Each row is the round with the median rate.

                | what | calls/s | p50 ms | p99 ms | max ms | failed | server CPU ms/call |
                | --- | --- | --- | --- | --- | --- | --- |
                | Herald `openim/sendmsg`: accepted (target ≥ 10,000/s, p99 ≤ 20 ms) | %,.0f | %s |
                | baseline: bare JAX-RS POST on the same server | %,.0f | %s |

                | rounds | calls/s | server CPU ms/call |
                | --- | --- | --- |
                | Herald | %s | %s |
                | baseline | %s | %s |

                Ratio of throughputs (Herald / baseline), median of the rounds' own ratios: **%.2f** (target ≥ 0.5; rounds: %s).
                The server's CPU time per call counts all its threads over the stretch, the delivery to the device and its ack included.

                From the call to the frame at the device, %,d messages (all rounds) arrived within 3 s of their round's last call
                (target p99 ≤ 50 ms): p50 %.2f ms, p99 %.2f ms, max %.2f ms.

                At a fixed %,d calls/s (open loop: %,d calls, each timed from when it was due, so that falling behind shows):

                | what | p50 ms | p99 ms | max ms | failed | server CPU ms/call |
                | --- | --- | --- | --- | --- | --- |
                | Herald `openim/sendmsg`: accepted (target p99 ≤ 20 ms) | %s |
                | Herald: from the call to the frame at the device (target p99 ≤ 50 ms; %,d frames) | %s | — | — |
                | baseline: bare JAX-RS POST on the same server | %s |

                """, ROUNDS, CALLS, CONCURRENCY, USERS, WARM_UP_BATCH, BenchServer.Compiling.SETTLED_SHARE * 100, MAX_WARM_UP_CALLS, bareWarmUp, heraldWarmUp,
                herald.callsPerSecond(), herald.row(), baseline.callsPerSecond(), baseline.row(),
                Median.listed(heralds, "%,.0f", Run::callsPerSecond), Median.listed(heralds, "%.2f", Run::cpuMillisPerCall),
                Median.listed(baselines, "%,.0f", Run::callsPerSecond), Median.listed(baselines, "%.2f", Run::cpuMillisPerCall),
                Median.of(ratios), Median.listed(ratios, "%.2f", Double::doubleValue),
                e2e.count(), e2e.p50(), e2e.p99(), e2e.max(), PACED_RATE, PACED_CALLS, paced.row(),
                pacedE2e.count(), pacedE2e.row(), pacedBaseline.row()));
    }

    /** Calls in batches until the server's JIT has settled (see {@link BenchServer.Compiling}). @return how many calls it took */
    private int warmUp(HttpClient client, URI uri, java.util.function.IntFunction<String> body) throws Exception {
        int calls = 0;
        boolean settled = false;
        while (!settled && calls < MAX_WARM_UP_CALLS) {
            BenchServer.Compiling compiling = BenchServer.Compiling.watch(management);
            load(client, uri, WARM_UP_BATCH, 0, body);
            calls += WARM_UP_BATCH;
            settled = compiling.settled();
        }
        return calls;
    }


    /** The latencies the recipients noted, from each call to its frame. */
    private static Stats arrivals(List<Recipient> recipients) {
        return Stats.ofNanos(recipients.stream().flatMap(r -> r.latencies.stream()).mapToLong(Long::longValue).toArray());
    }

    /**
     * Closed loop when {@code intervalNanos} is 0: {@value #CONCURRENCY} calls at a time, each sent
     * when an answer frees its place and timed from then. Open loop otherwise: a call falls due every
     * {@code intervalNanos} whatever the answers do, and is timed from when it was due.
     */
    private Run load(HttpClient client, URI uri, int calls, long intervalNanos, java.util.function.IntFunction<String> body) throws Exception {
        BenchServer.Cpu cpu = BenchServer.Cpu.watch(management);
        int window = intervalNanos == 0 ? CONCURRENCY : PACED_MAX_IN_FLIGHT;
        Semaphore inFlight = new Semaphore(window);
        long[] latencies = new long[calls];
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            inFlight.acquire();
            long due = start + i * intervalNanos;
            for (long wait = due - System.nanoTime(); intervalNanos > 0 && wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int call = i;
            long sent = intervalNanos == 0 ? System.nanoTime() : due;
            client.sendAsync(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        latencies[call] = System.nanoTime() - sent;
                        if (error != null || response.statusCode() != 200 || !response.body().contains("\"ErrorCode\":0")) {
                            failed.incrementAndGet();
                        }
                        inFlight.release();
                    });
        }
        inFlight.acquire(window);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(calls / seconds, Stats.ofNanos(latencies), failed.get(), cpu.millisPerCall(calls));
    }
}
