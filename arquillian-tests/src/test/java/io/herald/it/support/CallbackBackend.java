package io.herald.it.support;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An app backend for callback tests: a real HTTP server on 127.0.0.1 that records every request and
 * answers as the test tells it to.
 */
public final class CallbackBackend implements AutoCloseable {

    /** One request as received: its query parameters and JSON body. */
    public record Received(Map<String, String> query, JsonObject body) {
    }

    /** How to answer: HTTP status, body, and how long to wait first. */
    public record Reply(int status, String body, Duration delay) {

        public static Reply ok(String body) {
            return new Reply(200, body, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> answer = r -> Reply.ok("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}");

    public CallbackBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Received request = new Received(query(exchange.getRequestURI()),
                    Json.createReader(exchange.getRequestBody()).readObject());
            received.add(request);
            Reply reply = answer.apply(request);
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/im/callback?tenant=it";
    }

    public void answer(Function<Received, Reply> how) {
        this.answer = how;
    }

    public List<Received> received(String command, String msgKey) {
        return received.stream()
                .filter(r -> command.equals(r.query().get("CallbackCommand")) && msgKey.equals(r.body().getString("MsgKey", "")))
                .toList();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
