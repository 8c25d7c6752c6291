package io.herald.gateway;

import io.herald.messaging.MessageWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the connected devices of both sides of a conversation that a message was withdrawn, once
 * the withdrawal has committed. Devices not connected never get the message again (the offline
 * store skips it); see docs/gateway-protocol.md.
 */
@ApplicationScoped
public class WithdrawNotices {

    @Inject
    GatewaySessions sessions;

    void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageWithdrawn withdrawn) {
        String frame = GatewayFrames.withdraw(withdrawn.msgKey(), withdrawn.sender(), withdrawn.recipient());
        for (String account : new String[] {withdrawn.recipient(), withdrawn.sender()}) {
            sessions.of(new Recipient(withdrawn.appId(), account)).forEach(connection -> connection.send(frame));
        }
    }
}
