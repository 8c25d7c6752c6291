package io.herald.channel.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.channel.spi.Notification;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentLimitsTest {

    private static Notification titled(String title) {
        return new Notification(title, "body", null, null, false, null, null, null);
    }

    @Test
    void vivoCountsACjkCharacterAsTwoOfItsFortyTitleUnits() {
        assertEquals(Optional.empty(), ContentLimits.violation("vivo", titled("订".repeat(20))));
        assertTrue(ContentLimits.violation("vivo", titled("订".repeat(21))).isPresent());
        assertEquals(Optional.empty(), ContentLimits.violation("vivo", titled("o".repeat(40))));
        assertTrue(ContentLimits.violation("vivo", titled("o".repeat(20) + "订".repeat(11))).isPresent());
    }

    @Test
    void xiaomiCountsCharactersWhateverTheScript() {
        assertEquals(Optional.empty(), ContentLimits.violation("xiaomi", titled("订".repeat(50))));
        assertTrue(ContentLimits.violation("xiaomi", titled("x".repeat(51))).isPresent());
    }

    @Test
    void emptyTextIsRefusedByVendorsButSilentPushesAndTheGatewayHaveNoLimit() {
        assertTrue(ContentLimits.violation("huawei", titled("")).isPresent());
        assertEquals(Optional.empty(), ContentLimits.violation("huawei", new Notification("", "", null, null, true, null, null, null)));
        assertEquals(Optional.empty(), ContentLimits.violation("gateway", titled("x".repeat(10_000))));
    }
}
