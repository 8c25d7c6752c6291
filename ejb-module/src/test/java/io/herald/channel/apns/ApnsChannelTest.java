package io.herald.channel.apns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.eatthepath.pushy.apns.util.TokenUtil;
import org.junit.jupiter.api.Test;

class ApnsChannelTest {

    @Test
    void aCleanDeviceTokenIsSentAsItWasReported() {
        String token = "0123456789abcdefABCDEF" + "a".repeat(42);
        assertSame(token, ApnsChannel.deviceToken(token));
    }

    @Test
    void aTokenReportedAsIOSPrintsItLosesItsBracketsAndSpacesAsPushyWouldTakeThem() {
        String printed = "<740f4707 bebcf74f 9b7c25d4 8e335894 5f6aa01d a5ddb387 462c7eaf 61bb78ad>";
        assertEquals(TokenUtil.sanitizeTokenString(printed), ApnsChannel.deviceToken(printed));
        assertEquals("740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad", ApnsChannel.deviceToken(printed));
    }
}
