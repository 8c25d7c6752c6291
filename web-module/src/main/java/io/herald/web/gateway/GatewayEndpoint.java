package io.herald.web.gateway;

import io.herald.account.AccountDirectory;
import io.herald.domain.app.App;
import io.herald.gateway.GatewayFrames;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.OfflineStore;
import io.herald.gateway.Recipient;
import io.herald.tencent.TimAuthenticator;
import io.herald.tencent.TimCaller;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /gateway/v1}: an IM user's device connects with {@code sdkappid}, {@code identifier} (its
 * UserID) and a {@code usersig} signed for that UserID, verified as the REST family verifies it, and
 * optionally its {@code platform}.
 * The endpoint registers the session, sends what waits in the offline store, and then takes
 * acknowledgements and heartbeats. A frame it cannot read closes this session only.
 */
@ServerEndpoint("/gateway/v1")
public class GatewayEndpoint {

    static final int CLOSE_UNAUTHENTICATED = 4001;
    static final int CLOSE_UNKNOWN_ACCOUNT = 4004;
    static final int CLOSE_MALFORMED_FRAME = 4400;
    static final int CLOSE_TOO_MANY_CONNECTIONS = 4429;

    @Inject
    TimAuthenticator authenticator;

    @Inject
    AccountDirectory accounts;

    @Inject
    GatewaySessions sessions;

    @Inject
    OfflineStore offline;

    /** A session that sends nothing (not even a ping) for this long is closed by the container. */
    @Inject
    @ConfigProperty(name = "herald.gateway.idle-timeout-seconds", defaultValue = "300")
    long idleTimeoutSeconds;

    private App app;
    private Recipient recipient;
    private WebSocketConnection connection;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(idleTimeoutSeconds * 1000);
        Map<String, List<String>> query = session.getRequestParameterMap();
        connection = new WebSocketConnection(session, first(query, "platform"));
        String identifier = first(query, "identifier");
        try {
            TimCaller caller = authenticator.authenticate(first(query, "sdkappid"), identifier, first(query, "usersig"), null);
            app = caller.app();
        } catch (TimException e) {
            connection.close(CLOSE_UNAUTHENTICATED, e.code() + " " + e.info());
            return;
        }
        if (!accounts.existing(app, List.of(identifier)).contains(identifier)) {
            connection.close(CLOSE_UNKNOWN_ACCOUNT, TimError.ACCOUNT_NOT_FOUND.code() + " " + TimError.ACCOUNT_NOT_FOUND.info());
            return;
        }
        Recipient who = new Recipient(app.id(), identifier);
        if (!sessions.open(who, connection)) {
            connection.close(CLOSE_TOO_MANY_CONNECTIONS, "the app holds as many gateway connections as it may");
            return;
        }
        recipient = who;
        offline.drain(app, identifier).forEach(connection::send);
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
            case "ack" -> {
                if (!(frame.get("id") instanceof JsonNumber id) || !offline.acknowledge(app, recipient.account(), id.longValue())) {
                    refuse("ack for a delivery this device was not sent");
                }
            }
            case "ping" -> connection.send(GatewayFrames.pong());
            default -> refuse("unknown frame type");
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
        connection.send(GatewayFrames.error("MalformedFrame", why));
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
