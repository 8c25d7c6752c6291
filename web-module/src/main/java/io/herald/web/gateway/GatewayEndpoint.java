package io.herald.web.gateway;

import io.herald.gateway.GatewayFrames;
import io.herald.gateway.Receipts;
import io.herald.gateway.Recipient;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /gateway/v1}: an IM user's device connects with {@code sdkappid}, {@code identifier} (its
 * UserID) and a {@code usersig} signed for that UserID, verified as the REST family verifies it; a
 * registered device with {@code deviceKey}, {@code deliveryToken} and {@code deviceSecret}. Once
 * {@link GatewayAdmission} has admitted and greeted the session, the endpoint takes receipts and
 * heartbeats. A frame it cannot read closes this session only.
 */
@ServerEndpoint("/gateway/v1")
public class GatewayEndpoint {

    static final int CLOSE_MALFORMED_FRAME = 4400;
    static final int CLOSE_INTERNAL_ERROR = 1011;

    private static final Logger LOG = Logger.getLogger(GatewayEndpoint.class.getName());

    @Inject
    GatewayAdmission admission;

    private Recipient recipient;
    private WebSocketConnection connection;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(admission.idleTimeoutMillis());
        Map<String, List<String>> query = session.getRequestParameterMap();
        connection = new WebSocketConnection(session, GatewayAdmission.first(query, "platform"), admission.sendQueueFrames());
        try {
            recipient = admission.admit(query, connection);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not open gateway session " + session.getId(), e);
            connection.close(CLOSE_INTERNAL_ERROR, "internal error");
        }
    }

    @OnMessage
    public void frame(String text) {
        if (recipient == null) {
            return;
        }
        JsonObject frame;
        try {
            frame = GatewayFrames.read(text);
        } catch (IllegalArgumentException e) {
            refuse("not a version 1 frame");
            return;
        }
        switch (frame.getString("type", "")) {
            case "ack" -> report(frame, Receipts.Kind.ARRIVED);
            case "open" -> report(frame, Receipts.Kind.OPENED);
            case "ignore" -> report(frame, Receipts.Kind.IGNORED);
            case "ping" -> connection.send(GatewayFrames.pong());
            default -> refuse("unknown frame type");
        }
    }

    private void report(JsonObject frame, Receipts.Kind kind) {
        if (!(frame.get("id") instanceof JsonNumber id) || !admission.report(recipient, id.longValue(), kind)) {
            refuse("a receipt for a delivery this device was not sent");
        }
    }

    @OnClose
    public void closed() {
        forget();
    }

    @OnError
    public void failed(Throwable error) {
        forget();
    }

    private void refuse(String why) {
        connection.close(CLOSE_MALFORMED_FRAME, why);
    }

    private void forget() {
        if (recipient != null) {
            admission.forget(recipient, connection);
        }
    }
}
