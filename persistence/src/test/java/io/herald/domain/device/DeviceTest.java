package io.herald.domain.device;

import static io.herald.domain.DomainFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.DomainFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeviceTest {

    private final Device device = new Device(DomainFixtures.app(1400000002L), "token-1", Platform.ANDROID, T0);

    @Test
    void onlyTheLatestIssuedSecretProvesTheDevice() {
        assertFalse(device.hasSecret("anything"), "a device reported by the app's server has no secret");
        device.issueSecret("first-secret");
        assertTrue(device.hasSecret("first-secret"));
        device.issueSecret("second-secret");
        assertFalse(device.hasSecret("first-secret"));
        assertTrue(device.hasSecret("second-secret"));
        assertFalse(device.hasSecret(null));
    }

    @Test
    void rebindingToAnotherUserClosesThePreviousPeriod() {
        device.bind("alice", "13800000000", T0);
        device.bind("bob", null, T0.plusSeconds(60));

        assertEquals("bob", device.boundUserId().orElseThrow());
        assertEquals(2, device.bindings().size());
        DeviceBinding alice = device.bindings().get(0);
        assertEquals(T0.plusSeconds(60), alice.unboundAt());
        assertTrue(device.bindings().get(1).isOpen());
        assertEquals("13800000000", device.phoneNumber().orElseThrow(), "a rebind without a phone keeps the known one");
    }

    @Test
    void bindingTheSameUserAgainDoesNotStartANewPeriod() {
        device.bind("alice", null, T0);
        device.bind("alice", "13900000000", T0.plusSeconds(5));
        assertEquals(1, device.bindings().size());
        assertEquals("13900000000", device.phoneNumber().orElseThrow());
    }

    @Test
    void unbindEndsThePeriodAndForgetsThePhone() {
        device.bind("alice", "13800000000", T0);
        device.unbind(T0.plus(Duration.ofDays(1)));
        assertTrue(device.boundUserId().isEmpty());
        assertTrue(device.phoneNumber().isEmpty());
        assertEquals(T0.plus(Duration.ofDays(1)), device.bindings().get(0).unboundAt());
        assertTrue(device.bindings().get(0).boundWithin(Duration.ofDays(7), T0.plus(Duration.ofDays(6))));
    }

    @Test
    void vendorTokensArePerChannelAndCanBeForgotten() {
        device.reportVendorToken("huawei", "h-1", T0);
        device.reportVendorToken("huawei", "h-2", T0.plusSeconds(1));
        device.reportVendorToken("fcm", "f-1", T0.plusSeconds(2));
        assertEquals("h-2", device.vendorTokens().get("huawei"));
        device.forgetVendorToken("huawei");
        assertNull(device.vendorTokens().get("huawei"));
        assertEquals(T0.plusSeconds(2), device.lastSeenAt());
    }
}
