package io.herald.web.gateway;

import io.herald.account.KnownAccounts;
import io.herald.device.DeviceApiException;
import io.herald.device.DeviceCredentials;
import io.herald.device.DeviceEnrolment;
import io.herald.domain.app.App;
import io.herald.gateway.GatewayFrames;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.OfflineStore;
import io.herald.gateway.ReceiptGroupCommit;
import io.herald.gateway.Receipts;
import io.herald.gateway.Recipient;
import io.herald.push.AudienceFanOut;
import io.herald.tencent.TimAuthenticator;
import io.herald.tencent.TimError;
import io.herald.tencent.TimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may hold a gateway session, and what a session is given when it opens: the rules behind
 * {@link GatewayEndpoint}. One instance serves every session, so that a connection costs the server
 * its socket and its outbox, not a set of service references of its own.
 */
@ApplicationScoped
public class GatewayAdmission {

    static final int CLOSE_UNAUTHENTICATED = 4001;
    static final int CLOSE_UNKNOWN_ACCOUNT = 4004;
    static final int CLOSE_TOO_MANY_CONNECTIONS = 4429;

    @Inject
    TimAuthenticator authenticator;

    @Inject
    KnownAccounts accounts;

    @Inject
    DeviceEnrolment enrolment;

    @Inject
    GatewaySessions sessions;

    @Inject
    OfflineStore offline;

    @Inject
    ReceiptGroupCommit receipts;

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

    long idleTimeoutMillis() {
        return idleTimeoutSeconds * 1000;
    }

    int sendQueueFrames() {
        return sendQueueFrames;
    }

    /**
     * Authenticates the session's recipient (an IM user, or a registered device when the query names
     * a deliveryToken), registers the session, gives it the all-member pushes or broadcasts it has not
     * had, and greets it with what waits in the offline store. @return the recipient, or null when
     * the session was refused and closed with the reason
     * @throws RuntimeException when the session could not be opened; it is not registered
     */
    Recipient admit(Map<String, List<String>> query, WebSocketConnection connection) {
        Recipient who = first(query, "deliveryToken") != null ? device(query, connection) : imUser(query, connection);
        if (who == null) {
            return null;
        }
        if (!sessions.open(who, connection)) {
            connection.close(CLOSE_TOO_MANY_CONNECTIONS, "the app holds as many gateway connections as it may");
            return null;
        }
        try {
            audiencePushes.claimWaiting(who);
            List<OfflineStore.WaitingFrame> waiting = offline.drain(who);
            connection.sendBacklog(GatewayFrames.hello(connection.id(), who, waiting.size(), idleTimeoutSeconds), waiting);
            return who;
        } catch (RuntimeException e) {
            forget(who, connection);
            throw e;
        }
    }

    private Recipient imUser(Map<String, List<String>> query, WebSocketConnection connection) {
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

    private Recipient device(Map<String, List<String>> query, WebSocketConnection connection) {
        try {
            return enrolment.authenticate(new DeviceCredentials(first(query, "deviceKey"), first(query, "deliveryToken"), first(query, "deviceSecret")));
        } catch (DeviceApiException e) {
            connection.close(CLOSE_UNAUTHENTICATED, e.error().code() + " " + e.getMessage());
            return null;
        }
    }

    /** @return false when the delivery was not sent to this recipient */
    boolean report(Recipient recipient, long deliveryId, Receipts.Kind kind) {
        return receipts.report(recipient, deliveryId, kind);
    }

    void forget(Recipient recipient, WebSocketConnection connection) {
        sessions.close(recipient, connection);
    }

    static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
