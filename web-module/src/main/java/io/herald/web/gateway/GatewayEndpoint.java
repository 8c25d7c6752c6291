package io.herald.web.gateway;

import io.herald.account.AccountDirectory;
import io.herald.device.DeviceApiException;
import io.herald.device.DeviceCredentials;
import io.herald.device.DeviceEnrolment;
import io.herald.domain.app.App;
import io.herald.gateway.GatewayFrames;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.OfflineStore;
import io.herald.gateway.Receipts;
import io.herald.gateway.Recipient;
import io.herald.push.AudienceFanOut;
import io.herald.tencent.TimAuthenticator;
import io.herald.tencent.TimError;
import io.herald.tencent.TimException;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /gateway/v1}: an IM user's device connects with {@code sdkappid}, {@code identifier} (its
 * UserID) and a {@code usersig} signed for that UserID, verified as the REST family verifies it; a
 * registered device with {@code deviceKey}, {@code deliveryToken} and {@code deviceSecret}. The
 * endpoint registers the session, gives it the all-member pushes or broadcasts it has not had, greets it,
 * sends what waits in the offline store, and then takes
 * receipts and heartbeats. A frame it cannot read closes this session only.
 */
@ServerEndpoint("/gateway/v1")
public class GatewayEndpoint {

    static final int CLOSE_UNAUTHENTICATED = 4001;
    static final int CLOSE_UNKNOWN_ACCOUNT = 4004;
    static final int CLOSE_MALFORMED_FRAME = 4400;
    static final int CLOSE_TOO_MANY_CONNECTIONS = 4429;
    static final int CLOSE_INTERNAL_ERROR = 1011;

    private static final Logger LOG = Logger.getLogger(GatewayEndpoint.class.getName());

    @Inject
    TimAuthenticator authenticator;

    @Inject
    AccountDirectory accounts;

    @Inject
    DeviceEnrolment enrolment;

    @Inject
    GatewaySessions sessions;

    @Inject
    OfflineStore offline;

    @Inject
    Receipts receipts;

    @Inject
    AudienceFanOut audiencePushes;

    /** A session that sends nothing (not even a ping) for this long is closed by the container. */
    @Inject
    @ConfigProperty(name = "herald.gateway.idle-timeout-seconds", defaultValue = "300")
    long idleTimeoutSeconds;

    /** Frames written to a session but not yet on the wire; a client that lets more pile up is too slow and is let go. */
    @Inject
    @ConfigProperty(name = "herald.gateway.send-queue-frames", defaultValue = "1000")
    int sendQueueFrames;

    private Recipient recipient;
    private WebSocketConnection connection;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(idleTimeoutSeconds * 1000);
        Map<String, List<String>> query = session.getRequestParameterMap();
        connection = new WebSocketConnection(session, first(query, "platform"), sendQueueFrames);
        try {
            admit(session, query);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not open gateway session " + session.getId(), e);
            forget();
            connection.close(CLOSE_INTERNAL_ERROR, "internal error");
        }
    }

    private void admit(Session session, Map<String, List<String>> query) {
        Recipient who = first(query, "deliveryToken") != null ? device(query) : imUser(query);
        if (who == null) {
            return;
        }
        if (!sessions.open(who, connection)) {
            connection.close(CLOSE_TOO_MANY_CONNECTIONS, "the app holds as many gateway connections as it may");
            return;
        }
        recipient = who;
        audiencePushes.claimWaiting(who);
        List<OfflineStore.WaitingFrame> waiting = offline.drain(who);
        connection.sendBacklog(GatewayFrames.hello(session.getId(), who, waiting.size(), idleTimeoutSeconds), waiting);
    }

    private Recipient imUser(Map<String, List<String>> query) {
        String identifier = first(query, "identifier");
        App app;
        try {
            app = authenticator.authenticate(first(query, "sdkappid"), identifier, first(query, "usersig"), null).app();
        } catch (TimException e) {
            connection.close(CLOSE_UNAUTHENTICATED, e.code() + " " + e.info());
            return null;
        }
        if (!accounts.existing(app, List.of(identifier)).contains(identifier)) {
            connection.close(CLOSE_UNKNOWN_ACCOUNT, TimError.ACCOUNT_NOT_FOUND.code() + " " + TimError.ACCOUNT_NOT_FOUND.info());
            return null;
        }
        return Recipient.account(app.id(), identifier);
    }

    private Recipient device(Map<String, List<String>> query) {
        try {
            return enrolment.authenticate(new DeviceCredentials(first(query, "deviceKey"), first(query, "deliveryToken"), first(query, "deviceSecret")));
        } catch (DeviceApiException e) {
            connection.close(CLOSE_UNAUTHENTICATED, e.error().code() + " " + e.getMessage());
            return null;
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
        if (!(frame.get("id") instanceof JsonNumber id) || !receipts.report(recipient, id.longValue(), kind)) {
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
            sessions.close(recipient, connection);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
