package io.herald.push;

import io.herald.domain.delivery.TargetKind;
import java.util.List;

/** Deliveries of a push were revoked; observed after the revocation commits, so devices can be told. */
public record PushRevoked(long appId, List<RevokedDelivery> deliveries) {

    /** One delivery that may already be on a device: its id, where it went and what it was. */
    public record RevokedDelivery(long deliveryId, String channel, TargetKind targetKind, String target, String taskId, String msgKey) {
    }
}
