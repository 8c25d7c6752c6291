package io.herald.domain.delivery;

/**
 * What a delivery's target names: an account (an IM user, reached on every device it connects
 * from), one registered device (its deliveryToken), or a phone number (an SMS fallback).
 */
public enum TargetKind {
    ACCOUNT, DEVICE, PHONE
}
