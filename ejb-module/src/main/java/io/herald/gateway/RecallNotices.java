package io.herald.gateway;

import io.herald.messaging.MessageWithdrawn;
import io.herald.push.PushRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells connected devices to remove what was taken back, once that has committed: a withdrawn
 * one-to-one message (both sides of the conversation) or a revoked push (the devices it went to
 * through the gateway). Devices not connected never get it again: the offline store skips it.
 */
@ApplicationScoped
public class RecallNotices {

    @Inject
    GatewaySessions sessions;

    void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageWithdrawn withdrawn) {
        String frame = GatewayFrames.withdraw(withdrawn.msgKey(), withdrawn.sender(), withdrawn.recipient());
        for (String account : new String[] {withdrawn.recipient(), withdrawn.sender()}) {
            sessions.of(Recipient.account(withdrawn.appId(), account)).forEach(connection -> connection.send(frame));
        }
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushRevoked revoked) {
        for (PushRevoked.RevokedDelivery delivery : revoked.deliveries()) {
            if (GatewayChannel.NAME.equals(delivery.channel())) {
                String frame = GatewayFrames.revoke(delivery.deliveryId(), delivery.taskId(), delivery.msgKey());
                sessions.of(new Recipient(revoked.appId(), delivery.targetKind(), delivery.target())).forEach(connection -> connection.send(frame));
            }
        }
    }
}
