package io.herald.web.gateway;

import io.herald.gateway.GatewayConnection;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A gateway connection over a Jakarta WebSocket session. Writes are serialised per session. */
final class WebSocketConnection implements GatewayConnection {

    /** WebSocket close reasons are limited to 123 bytes. */
    private static final int MAX_REASON_BYTES = 123;

    private final Session session;
    private final String platform;

    WebSocketConnection(Session session, String platform) {
        this.session = session;
        this.platform = platform == null || platform.isBlank() ? "Unknown" : platform;
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
    public boolean send(String frame) {
        synchronized (session) {
            if (!session.isOpen()) {
                return false;
            }
            session.getAsyncRemote().sendText(frame);
            return true;
        }
    }

    @Override
    public void close(int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), truncate(reason)));
        } catch (IOException e) {
            // The peer is gone already; there is nothing left to close.
        }
    }

    private static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_REASON_BYTES ? reason : new String(bytes, 0, MAX_REASON_BYTES - 3, StandardCharsets.UTF_8) + "...";
    }
}
