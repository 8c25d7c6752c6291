package io.herald.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Many gateway (or echo) connections from one client, opened 200 at a time. */
final class BenchSockets {

    private BenchSockets() {
    }

    /** A listener that is handed each text frame whole, however the client split it. */
    abstract static class WholeFrames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                onFrame(socket, frame);
            }
            socket.request(1);
            return null;
        }

        abstract void onFrame(WebSocket socket, String frame);
    }

    /** A lean client socket: notes when each message frame arrives, and the ids to acknowledge. */
    static final class Counting extends WholeFrames {
        final CompletableFuture<Void> greeted = new CompletableFuture<>();
        private final List<Long> arrivals = new ArrayList<>();
        private final List<Long> ids = new ArrayList<>();

        /** How the server closed the socket ("code reason"), or null while it is open. */
        volatile String closedWith;

        /** When the n-th message frame (from 1) arrived, waited for until the deadline (a nanoTime); empty if it did not. */
        synchronized OptionalLong arrival(int n, long deadline) throws InterruptedException {
            while (arrivals.size() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return OptionalLong.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return OptionalLong.of(arrivals.get(n - 1));
        }

        /** The ids of the message frames so far, in the order they came. */
        synchronized List<Long> ids() {
            return List.copyOf(ids);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closedWith = statusCode + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closedWith = error.toString();
        }

        @Override
        void onFrame(WebSocket socket, String frame) {
            if (frame.contains("\"type\":\"hello\"")) {
                greeted.complete(null);
            } else if (frame.contains("\"type\":\"message\"") || frame.startsWith("{\"n\":")) {
                long at = System.nanoTime();
                int idAt = frame.indexOf("\"id\":");
                synchronized (this) {
                    arrivals.add(at);
                    if (idAt >= 0) {
                        ids.add(Long.parseLong(frame.substring(idAt + 5, frame.indexOf(',', idAt))));
                    }
                    notifyAll();
                }
            }
        }
    }

    static List<WebSocket> open(HttpClient client, int count, IntFunction<URI> uri, IntFunction<Counting> listeners, boolean greeted) throws Exception {
        Semaphore inFlight = new Semaphore(200);
        List<CompletableFuture<WebSocket>> sockets = new ArrayList<>(count);
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            Counting listener = listeners.apply(i);
            CompletableFuture<WebSocket> socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri.apply(i), listener);
            CompletableFuture<?> ready = greeted ? socket.thenCompose(s -> listener.greeted) : socket;
            ready.whenComplete((ok, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                }
                inFlight.release();
            });
            sockets.add(socket);
        }
        inFlight.acquire(200);
        List<WebSocket> open = new ArrayList<>();
        for (CompletableFuture<WebSocket> socket : sockets) {
            if (!socket.isCompletedExceptionally()) {
                open.add(socket.join());
            }
        }
        if (failed.get() > 0) {
            System.out.println(failed.get() + " connections failed to open");
        }
        return open;
    }

    static void closeAll(List<WebSocket> sockets) {
        sockets.forEach(WebSocket::abort);
    }
}
