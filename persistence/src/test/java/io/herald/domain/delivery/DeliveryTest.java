package io.herald.domain.delivery;

import static io.herald.domain.DomainFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.DomainFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryTest {

    private Delivery queued() {
        var app = DomainFixtures.app(1400000001L);
        return Delivery.toAccount(DomainFixtures.message(app, "k1", Duration.ofHours(1)), null, "gateway", "alice", T0);
    }

    @Test
    void walksTheHappyPathKeepingEachTime() {
        Delivery d = queued();
        d.markSent(T0.plusSeconds(1));
        d.markArrived(T0.plusSeconds(2));
        d.markOpened(T0.plusSeconds(3));
        assertEquals(DeliveryStatus.OPENED, d.status());
        assertEquals(T0.plusSeconds(1), d.sentAt().orElseThrow());
        assertEquals(T0.plusSeconds(2), d.arrivedAt().orElseThrow());
        assertEquals(T0.plusSeconds(3), d.respondedAt().orElseThrow());
        assertEquals(1, d.attempts());
    }

    @Test
    void anArrivalReportedBeforeSendIsAlsoASend() {
        Delivery d = queued();
        d.markArrived(T0.plusSeconds(2));
        assertEquals(T0.plusSeconds(2), d.sentAt().orElseThrow());
    }

    @Test
    void neverMovesBackwards() {
        Delivery d = queued();
        d.markSent(T0);
        d.markArrived(T0);
        assertThrows(IllegalStateException.class, () -> d.markSent(T0));
        assertThrows(IllegalStateException.class, () -> d.markFailed("late", T0));
    }

    @Test
    void failedAttemptsStayQueuedUntilMarkedFailed() {
        Delivery d = queued();
        d.recordFailedAttempt("connect timeout");
        d.recordFailedAttempt("connect timeout");
        assertTrue(d.isAwaitingSend());
        assertEquals(2, d.attempts());
        d.markFailed("gave up after 2 attempts", T0);
        assertEquals(DeliveryStatus.FAILED, d.status());
        assertEquals("gave up after 2 attempts", d.failureReason().orElseThrow());
        assertThrows(IllegalStateException.class, () -> d.recordFailedAttempt("again"));
    }

    @Test
    void keepsFailureReasonsShort() {
        Delivery d = queued();
        d.markFailed("x".repeat(2_000), T0);
        assertEquals(Delivery.MAX_REASON_LENGTH, d.failureReason().orElseThrow().length());
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"OPENED", "IGNORED", "FAILED", "REVOKED", "EXPIRED"})
    void endStatesAreFinal(DeliveryStatus end) {
        assertTrue(end.isFinal());
        for (DeliveryStatus next : DeliveryStatus.values()) {
            assertFalse(end.canMoveTo(next));
        }
    }
}
