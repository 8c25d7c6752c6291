package io.herald.domain.schedule;

/**
 * Where one firing of a schedule stands: pending until its time; then executed (a push task was
 * created), failed (the push was refused when it ran: a template deleted meanwhile, say), or missed
 * (Herald was down at its time and came back after the message would have expired). Cancelled
 * before its time otherwise.
 */
public enum FiringStatus {
    PENDING, EXECUTED, FAILED, MISSED, CANCELLED
}
