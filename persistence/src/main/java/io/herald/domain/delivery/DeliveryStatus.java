package io.herald.domain.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one delivery: queued → sent → arrived → opened or ignored; or it ends failed,
 * revoked or expired. Arrival may be reported before the sender has recorded "sent" (the device
 * acknowledges faster than the dispatcher commits), so queued → arrived is allowed too. A fallback
 * (the supplementary SMS) that turned out not to be needed ends skipped.
 */
public enum DeliveryStatus {
    QUEUED, SENT, ARRIVED, OPENED, IGNORED, FAILED, REVOKED, EXPIRED, SKIPPED;

    public boolean canMoveTo(DeliveryStatus next) {
        return successors().contains(next);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    private Set<DeliveryStatus> successors() {
        return switch (this) {
            case QUEUED -> EnumSet.of(SENT, ARRIVED, FAILED, REVOKED, EXPIRED, SKIPPED);
            case SENT -> EnumSet.of(ARRIVED, REVOKED, EXPIRED);
            case ARRIVED -> EnumSet.of(OPENED, IGNORED);
            case OPENED, IGNORED, FAILED, REVOKED, EXPIRED, SKIPPED -> EnumSet.noneOf(DeliveryStatus.class);
        };
    }
}
