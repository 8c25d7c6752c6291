package io.herald.it.bench;

import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.ApnsClientBuilder;
import com.eatthepath.pushy.apns.server.AcceptAllPushNotificationHandlerFactory;
import com.eatthepath.pushy.apns.server.MockApnsServerListener;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.util.SimpleApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import io.herald.it.support.ChannelDelivery;
import io.herald.it.support.MockApns;
import io.herald.it.support.VendorApp;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http2.Http2Headers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
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
 * The APNs leg: notifications per second reaching Pushy's MockApnsServer from Herald's apns channel
 * (queue, MDB, delivery rows read and outcomes recorded, Pushy) against raw Pushy sending the same
 * number of notifications to the same mock in the same run. The deliveries are queued first
 * (PushMultiple calls of 100 iOS devices each) with the apns MDB's delivery stopped, then delivery
 * is started and the rate measured at the mock, from its first notification to its last — the leg
 * alone, not the intake. The same run gives PushMultiple's calls and deliveries per second.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "bench")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApnsBench {

    static final int DEVICES = Integer.getInteger("herald.bench.apns-devices", 5_000);
    static final int TARGETS_PER_CALL = 100;
    static final int ROUNDS = Integer.getInteger("herald.bench.apns-rounds", 7);
    static final int MAX_WARM_UP_ROUNDS = Integer.getInteger("herald.bench.apns-max-warm-up-rounds", 30);
    static final String TOPIC = "com.example.bench";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BenchServer.ear();
    }

    @ArquillianResource
    ManagementClient management;

    /** Counts what the mock accepts, with the time of the first and the last. */
    static final class Arrivals implements MockApnsServerListener {
        final AtomicLong count = new AtomicLong();
        volatile long first;
        volatile long last;

        void reset() {
            count.set(0);
            first = 0;
            last = 0;
        }

        @Override
        public void handlePushNotificationAccepted(Http2Headers headers, ByteBuf payload) {
            long now = System.nanoTime();
            if (count.getAndIncrement() == 0) {
                first = now;
            }
            last = now;
        }

        @Override
        public void handlePushNotificationRejected(Http2Headers headers, ByteBuf payload, RejectionReason reason, Instant timestamp) {
        }

        double perSecond() {
            return (count.get() - 1) / ((last - first) / 1e9);
        }
    }

    private static String token(int i) {
        return String.format("%064x", i);
    }

    @Test
    void heraldAgainstRawPushy() throws Exception {
        Arrivals arrivals = new Arrivals();
        try (MockApns apns = MockApns.start(MockApns.signingKey(), new AcceptAllPushNotificationHandlerFactory(), arrivals)) {
            VendorApp app = VendorApp.create("apns-bench");
            app.configured("apns", apns.credentials(TOPIC));
            app.call("CreateTemplate", Map.of("TemplateName", "bench", "Title", "Hello #name#", "Content", "Your code is #code#"));
            List<String> devices = register(app);

            List<Double> raw = new ArrayList<>();
            List<Double> herald = new ArrayList<>();
            List<Double> calls = new ArrayList<>();
            List<Double> serverMicros = new ArrayList<>();
            List<Double> serverWorkMicros = new ArrayList<>();
            List<Double> rawJvmMicros = new ArrayList<>();
            List<Double> mockMicros = new ArrayList<>();
            List<String> warmUps = new ArrayList<>();
            boolean settled = false;
            boolean jitSettled = false;
            for (int round = 0; raw.size() < ROUNDS; round++) {
                BenchServer.Compiling compiling = BenchServer.Compiling.watch(management);
                arrivals.reset();
                Duration rawStart = ownCpu();
                double rawRate = rawPushy(apns, arrivals);
                double rawRoundMicros = ownCpu().minus(rawStart).toNanos() / 1e3 / DEVICES;
                arrivals.reset();
                ChannelDelivery.stop(management, "ApnsDispatcher");
                long start = System.nanoTime();
                pushMultiple(app, devices, round);
                double callSeconds = (System.nanoTime() - start) / 1e9;
                BenchServer.Cpu server = BenchServer.Cpu.watch(management);
                Duration legStart = ownCpu();
                ChannelDelivery.start(management, "ApnsDispatcher");
                awaitArrivals(arrivals, DEVICES);
                double legServerMicros = server.millisPerCall(DEVICES) * 1e3;
                double legWorkMicros = server.millisPerCallBesidesCompiling(DEVICES) * 1e3;
                double legMockMicros = ownCpu().minus(legStart).toNanos() / 1e3 / DEVICES;
                if (!settled) {
                    warmUps.add(String.format("%,.0f/%,.0f", rawRate, arrivals.perSecond()));
                    jitSettled = compiling.settled();
                    settled = jitSettled || round + 1 >= MAX_WARM_UP_ROUNDS;
                } else {
                    raw.add(rawRate);
                    herald.add(arrivals.perSecond());
                    calls.add(DEVICES / TARGETS_PER_CALL / callSeconds);
                    serverMicros.add(legServerMicros);
                    serverWorkMicros.add(legWorkMicros);
                    mockMicros.add(legMockMicros);
                    rawJvmMicros.add(rawRoundMicros);
                }
            }
            double rawMedian = Median.of(raw);
            double heraldMedian = Median.of(herald);
            double callsMedian = Median.of(calls);
            BenchReport.write("60-apns", String.format("""
                    ## APNs leg: Herald → MockApnsServer against raw Pushy → MockApnsServer

                    %,d iOS devices with APNs tokens (token authentication, one HTTP/2 connection, Pushy's mock accepting all).
                    Raw Pushy: one ApnsClient sends %,d notifications with at most 1,000 in flight. Herald: %,d PushMultiple calls of
                    %d targets (4 callers), each target a device, queued while the apns MDB's delivery is stopped; then delivery is
                    started and the rate measured at the mock from its first notification to its last (the channel leg alone:
                    batches of 100 off the queue, rows read, Pushy, outcomes recorded).
                    Median of %d rounds after %d warm-up rounds, which go on until the server's JIT spends less than %.0f%% of a round
                    compiling, or for at most %d rounds (%s; the measured rounds: raw %s, Herald %s; the warm-up rounds, raw/Herald: %s).

                    | what | notifications/s |
                    | --- | --- |
                    | raw Pushy | %,.0f |
                    | Herald (PushMultiple → apns queue → MDB → Pushy) | %,.0f |

                    **Ratio Herald / raw Pushy: %.2f** (target ≥ 0.7).

                    CPU per notification, median of the same rounds, in µs: the server over Herald's leg %,.0f %s, of which
                    %,.0f %s besides its JIT compiler threads; the benchmark JVM over the raw round (raw Pushy's client and the
                    mock) %,.0f %s, over Herald's leg (the mock alone) %,.0f %s.

                    ## mPaaS PushMultiple, 100 targets per call

                    %,.1f calls/s accepted (4 callers; median of the same rounds: %s), that is %,.0f deliveries/s accepted.

                    """, DEVICES, DEVICES, DEVICES / TARGETS_PER_CALL, TARGETS_PER_CALL, ROUNDS, warmUps.size(), BenchServer.Compiling.SETTLED_SHARE * 100, MAX_WARM_UP_ROUNDS,
                    jitSettled ? "it settled" : "it had not settled", rounded(raw), rounded(herald),
                    String.join(", ", warmUps),
                    rawMedian, heraldMedian, heraldMedian / rawMedian, Median.of(serverMicros), rounded(serverMicros), Median.of(serverWorkMicros), rounded(serverWorkMicros),
                    Median.of(rawJvmMicros), rounded(rawJvmMicros), Median.of(mockMicros), rounded(mockMicros), callsMedian, rounded(calls), callsMedian * TARGETS_PER_CALL));
        }
    }

    /** The devices, reported through PushReport by 8 callers. @return their deliveryTokens */
    private static List<String> register(VendorApp app) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> reported = new ArrayList<>();
            for (int i = 0; i < DEVICES; i++) {
                int n = i;
                reported.add(callers.submit(() -> {
                    String deliveryToken = "bench-ios-" + n;
                    app.call("PushReport", Map.of("DeliveryToken", deliveryToken, "OsType", "2", "ThirdChannel", "apns", "ThirdChannelDeviceToken", token(n)));
                    return deliveryToken;
                }));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : reported) {
                tokens.add(f.get());
            }
            return tokens;
        } finally {
            callers.shutdownNow();
        }
    }

    private static void pushMultiple(VendorApp app, List<String> devices, int round) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pushed = new ArrayList<>();
            for (int from = 0; from < devices.size(); from += TARGETS_PER_CALL) {
                List<String> batch = devices.subList(from, Math.min(devices.size(), from + TARGETS_PER_CALL));
                pushed.add(callers.submit(() -> {
                    Map<String, Object> call = new HashMap<>(Map.of("TaskName", "bench", "TemplateName", "bench", "DeliveryType", "2", "ExpiredSeconds", "600"));
                    for (int i = 0; i < batch.size(); i++) {
                        String target = "TargetMsg." + (i + 1) + ".";
                        call.put(target + "Target", batch.get(i));
                        call.put(target + "MsgKey", "r" + round + "-" + batch.get(i));
                        call.put(target + "TemplateKeyValue", "{\"name\":\"n" + i + "\",\"code\":\"" + i + "\"}");
                    }
                    return VendorApp.taskId(app.call("PushMultiple", call));
                }));
            }
            for (Future<?> f : pushed) {
                f.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static double rawPushy(MockApns apns, Arrivals arrivals) throws Exception {
        ApnsClient client = new ApnsClientBuilder().setApnsServer("127.0.0.1", apns.port())
                .setTrustedServerCertificateChain(apns.certificate()).setSigningKey(apns.apnsSigningKey()).build();
        try {
            Semaphore inFlight = new Semaphore(1_000);
            List<CompletableFuture<?>> sent = new ArrayList<>(DEVICES);
            String payload = new SimpleApnsPayloadBuilder().setAlertTitle("Hello n1").setAlertBody("Your code is 1").setSound("default").build();
            for (int i = 0; i < DEVICES; i++) {
                inFlight.acquire();
                sent.add(client.sendNotification(new SimpleApnsPushNotification(token(i), TOPIC, payload)).whenComplete((r, e) -> inFlight.release()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();
            awaitArrivals(arrivals, DEVICES);
            return arrivals.perSecond();
        } finally {
            client.close().get();
        }
    }

    /** The benchmark JVM's CPU time so far: raw Pushy's client and the mock run here. */
    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("this OS does not report a process's CPU time"));
    }

    private static void awaitArrivals(Arrivals arrivals, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (arrivals.count.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + arrivals.count.get() + " of " + count + " notifications reached the mock");
            }
            Thread.sleep(20);
        }
    }

    private static String rounded(List<Double> values) {
        return "[" + Median.listed(values, "%,.0f", Double::doubleValue) + "]";
    }
}
