package io.herald.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reference client of the gateway protocol (docs/gateway-protocol.md), on the JDK's WebSocket
 * client: connects as an IM user or a registered device, waits for the server's {@code hello},
 * collects the frames it receives, acknowledges, reports opens and dismissals, and pings. A client
 * made {@link #stalled} reads nothing from the socket, like a device on a link too slow to keep up.
 */
public final class GatewayClient implements AutoCloseable {

    private static final Duration GREETING = Duration.ofSeconds(10);

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final CompletableFuture<JsonObject> hello = new CompletableFuture<>();
    private final boolean stalled;
    private final WebSocket socket;

    private GatewayClient(URI uri, boolean stalled) {
        this.stalled = stalled;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener())
                .join();
        if (!stalled) {
            // Admitted sessions are greeted first; refused ones are closed instead. Either ends the wait.
            CompletableFuture.anyOf(hello, closedWith).orTimeout(GREETING.toMillis(), TimeUnit.MILLISECONDS).join();
        }
    }

    public static GatewayClient connect(long sdkAppId, String userId, String userSig, String platform) {
        return new GatewayClient(imUser(sdkAppId, userId, userSig, platform), false);
    }

    /** A registered device, with the credentials {@code /device/v1/register} gave it. */
    public static GatewayClient connectDevice(String deviceKey, String deliveryToken, String deviceSecret) {
        return new GatewayClient(device(deviceKey, deliveryToken, deviceSecret), false);
    }

    /** An IM user's device that, once connected, stops reading. */
    public static GatewayClient stalled(long sdkAppId, String userId, String userSig) {
        return new GatewayClient(imUser(sdkAppId, userId, userSig, null), true);
    }

    private static URI imUser(long sdkAppId, String userId, String userSig, String platform) {
        return URI.create("ws://127.0.0.1:8080/gateway/v1?sdkappid=" + sdkAppId + "&identifier=" + encode(userId) + "&usersig=" + userSig
                + (platform == null ? "" : "&platform=" + encode(platform)));
    }

    private static URI device(String deviceKey, String deliveryToken, String deviceSecret) {
        return URI.create("ws://127.0.0.1:8080/gateway/v1?deviceKey=" + encode(deviceKey) + "&deliveryToken=" + encode(deliveryToken)
                + "&deviceSecret=" + encode(deviceSecret));
    }

    /** The server's greeting, or null when the session was refused. */
    public JsonObject hello() {
        return hello.getNow(null);
    }

    /** The next frame, failing the test if none comes within the timeout. */
    public JsonObject next(Duration timeout) {
        try {
            JsonObject frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + timeout);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every frame that arrives until none has come for {@code quiet}. */
    public List<JsonObject> receivedWithin(Duration quiet) {
        List<JsonObject> received = new ArrayList<>();
        try {
            JsonObject frame;
            while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                received.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return received;
    }

    public void ack(long deliveryId) {
        receipt("ack", deliveryId);
    }

    public void open(long deliveryId) {
        receipt("open", deliveryId);
    }

    public void ignore(long deliveryId) {
        receipt("ignore", deliveryId);
    }

    private void receipt(String type, long deliveryId) {
        send(Json.createObjectBuilder().add("v", 1).add("type", type).add("id", deliveryId).build().toString());
    }

    public void ping() {
        send("{\"v\":1,\"type\":\"ping\"}");
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The close code the server ended the session with. */
    public int closeCode(Duration timeout) {
        return closedWith.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public void close() {
        if (!closedWith.isDone() && !socket.isOutputClosed()) {
            // The server may close at the same moment; a close that cannot be sent any more is fine.
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            if (!stalled) {
                webSocket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject frame = Json.createReader(new StringReader(partial.toString())).readObject();
                partial.setLength(0);
                if ("hello".equals(frame.getString("type", "")) && !hello.isDone()) {
                    hello.complete(frame);
                } else {
                    frames.add(frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedWith.complete(-1);
        }
    }
}
