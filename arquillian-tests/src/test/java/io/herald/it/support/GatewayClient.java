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
 * client: connects as an IM user, collects the frames it receives, acknowledges and pings.
 */
public final class GatewayClient implements AutoCloseable {

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    private GatewayClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener())
                .join();
    }

    public static GatewayClient connect(long sdkAppId, String userId, String userSig, String platform) {
        String query = "sdkappid=" + sdkAppId + "&identifier=" + encode(userId) + "&usersig=" + userSig
                + (platform == null ? "" : "&platform=" + encode(platform));
        return new GatewayClient(URI.create("ws://127.0.0.1:8080/gateway/v1?" + query));
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
        send(Json.createObjectBuilder().add("v", 1).add("type", "ack").add("id", deliveryId).build().toString());
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
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
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
