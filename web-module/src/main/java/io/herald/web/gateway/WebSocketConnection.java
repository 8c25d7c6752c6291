package io.herald.web.gateway;

import io.herald.gateway.GatewayConnection;
import io.herald.gateway.GatewayFrames;
import io.herald.gateway.OfflineStore;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A gateway connection over a Jakarta WebSocket session, with an outbox: one frame at a time is on
 * its way to the socket, the rest wait here in order.
 * <p>
 * While the session opens, nothing goes out until the greeting and the backlog from the offline
 * store are handed over; they then go first. A delivery dispatched live during that window may also
 * be in the backlog, so the session remembers which deliveries it has on their way and sends each
 * once.
 * <p>
 * The outbox is bounded: a device that lets more than the allowed number of new frames wait is
 * closed (4408) instead of holding the server's memory (the backlog does not count: the device asked
 * for it). Nothing is lost by the close: what the device did not acknowledge waits in the offline
 * store for its next connection.
 */
final class WebSocketConnection implements GatewayConnection {

    static final int CLOSE_TOO_SLOW = 4408;

    /** WebSocket close reasons are limited to 123 bytes. */
    private static final int MAX_REASON_BYTES = 123;

    private final Session session;
    private final String platform;
    private final int maxWaitingFrames;
    private final Deque<String> backlog = new ArrayDeque<>();
    private final Deque<String> outbox = new ArrayDeque<>();
    private final Set<Long> deliveriesOnTheirWay = new HashSet<>();
    private boolean greeted;
    private boolean writing;
    private boolean closing;

    WebSocketConnection(Session session, String platform, int maxWaitingFrames) {
        this.session = session;
        this.platform = platform == null || platform.isBlank() ? "Unknown" : platform;
        this.maxWaitingFrames = maxWaitingFrames;
    }

    @Override
    public String id() {
        return session.getId();
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public synchronized boolean isOpen() {
        return !closing && session.isOpen();
    }

    @Override
    public boolean send(String frame) {
        return enqueue(null, frame);
    }

    @Override
    public boolean deliver(long deliveryId, String frame) {
        return enqueue(deliveryId, frame);
    }

    private boolean enqueue(Long deliveryId, String frame) {
        synchronized (this) {
            if (!isOpen()) {
                return false;
            }
            if (deliveryId != null && deliveriesOnTheirWay.contains(deliveryId)) {
                return true;
            }
            if (outbox.size() < maxWaitingFrames) {
                if (deliveryId != null && !greeted) {
                    deliveriesOnTheirWay.add(deliveryId);
                }
                outbox.add(frame);
                pump();
                return true;
            }
        }
        close(CLOSE_TOO_SLOW, "too slow: " + maxWaitingFrames + " frames were waiting to be sent");
        return false;
    }

    /** The greeting and what waited for the device while it was away; from now on frames flow. */
    synchronized void sendBacklog(String hello, List<OfflineStore.WaitingFrame> waiting) {
        if (!isOpen()) {
            return;
        }
        backlog.add(hello);
        for (OfflineStore.WaitingFrame frame : waiting) {
            if (deliveriesOnTheirWay.add(frame.deliveryId())) {
                backlog.add(frame.frame());
            }
        }
        greeted = true;
        pump();
    }

    private synchronized void pump() {
        if (!greeted || writing || !session.isOpen()) {
            return;
        }
        String next = backlog.isEmpty() ? outbox.poll() : backlog.poll();
        if (next != null) {
            writing = true;
            session.getAsyncRemote().sendText(next, this::written);
        }
    }

    private synchronized void written(SendResult result) {
        writing = false;
        if (result.isOK()) {
            pump();
        } else {
            backlog.clear();
            outbox.clear();
        }
    }

    /** Tells the device why (a close frame, ahead of anything still waiting), then closes; only the first close counts. */
    @Override
    public void close(int code, String reason) {
        String shortReason = truncate(reason);
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            backlog.clear();
            outbox.clear();
        }
        try {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(GatewayFrames.close(code, shortReason));
            }
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), shortReason));
        } catch (IOException | IllegalStateException e) {
            // The peer is gone already; there is nothing left to close.
        }
    }

    private static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_REASON_BYTES ? reason : new String(bytes, 0, MAX_REASON_BYTES - 3, StandardCharsets.UTF_8) + "...";
    }
}
