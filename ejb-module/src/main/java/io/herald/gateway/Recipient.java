package io.herald.gateway;

import io.herald.domain.delivery.TargetKind;
import java.util.Objects;

/**
 * Who a gateway session belongs to and deliveries are addressed to: an IM account of an app, or
 * one registered device (its deliveryToken). The two never share sessions or deliveries.
 */
public record Recipient(long appId, TargetKind kind, String address) {

    public Recipient {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(address);
    }

    public static Recipient account(long appId, String userId) {
        return new Recipient(appId, TargetKind.ACCOUNT, userId);
    }

    public static Recipient device(long appId, String deliveryToken) {
        return new Recipient(appId, TargetKind.DEVICE, deliveryToken);
    }
}
