package io.herald.domain.delivery;

/**
 * What a delivery's target names: an account (an IM user, reached on every device it connects
 * from) or one registered device (its deliveryToken).
 */
public enum TargetKind {
    ACCOUNT, DEVICE
}
