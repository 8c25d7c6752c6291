package io.herald.domain.message;

import static io.herald.domain.DomainFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.DomainFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void isDeliverableOnlyWithinItsLifetime() {
        Message m = DomainFixtures.message(DomainFixtures.app(1400000005L), "k", Duration.ofSeconds(60));
        assertTrue(m.isDeliverableAt(T0.plusSeconds(59)));
        assertFalse(m.isDeliverableAt(T0.plusSeconds(60)));
    }

    @Test
    void zeroLifetimeIsNeverStoredButStillGoesToOnlineDevices() {
        Message m = DomainFixtures.message(DomainFixtures.app(1400000006L), "k", Duration.ZERO);
        assertFalse(m.isStoredForOffline());
        assertTrue(m.isDeliverableAt(T0.plusSeconds(1)));
    }

    @Test
    void withdrawnIsWithdrawnOnce() {
        Message m = DomainFixtures.message(DomainFixtures.app(1400000007L), "k", Duration.ofDays(7));
        assertTrue(m.withdraw(T0.plusSeconds(1)));
        assertFalse(m.withdraw(T0.plusSeconds(2)));
        assertFalse(m.isDeliverableAt(T0.plusSeconds(3)));
    }

    @Test
    void negativeLifetimeIsRefused() {
        var app = DomainFixtures.app(1400000008L);
        assertThrows(IllegalArgumentException.class, () -> DomainFixtures.message(app, "k", Duration.ofSeconds(-1)));
    }
}
