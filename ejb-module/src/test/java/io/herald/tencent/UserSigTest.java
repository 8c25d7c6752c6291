package io.herald.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentyun.TLSSigAPIv2;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Sigs made by Tencent's official TLSSigAPIv2 library, and the published test vector. */
class UserSigTest {

    private static final long SDKAPPID = 1400000000L;
    private static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    private final String adminSig = new TLSSigAPIv2(SDKAPPID, KEY).genUserSig("administrator", 86400);
    private final Instant now = Instant.now();

    @Test
    void acceptsWhatTheOfficialLibrarySigns() {
        Instant expiresAt = UserSig.parse(adminSig).verify(SDKAPPID, "administrator", KEY, now);
        assertEquals(86400, expiresAt.getEpochSecond() - now.getEpochSecond(), 5);
    }

    @Test
    void acceptsThePublishedTestVectorWhileItWasValid() {
        String vector = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5UInilOzEgoLMFCUrQxMDKIDIpFYUZBalKllZmJnAhEoyc4EChuaoCosz04GGmuSEVhS66TtpBwbru2VUhRpbWPiGl5uYFxu5e3qnF4Q4uxmG54b76OeYRtoq1QIAfj8vbQ__";
        UserSig sig = UserSig.parse(vector);
        sig.verify(SDKAPPID, "admin", KEY, Instant.ofEpochSecond(1700000001L));
        assertCode(TimError.USERSIG_EXPIRED, () -> sig.verify(SDKAPPID, "admin", KEY, Instant.ofEpochSecond(1700086401L)));
    }

    @Test
    void wrongKeyIs70009() {
        assertCode(TimError.USERSIG_KEY_MISMATCH, () -> UserSig.parse(adminSig).verify(SDKAPPID, "administrator", KEY + "x", now));
    }

    @Test
    void anotherIdentifierIs70013() {
        assertCode(TimError.USERSIG_IDENTIFIER_MISMATCH, () -> UserSig.parse(adminSig).verify(SDKAPPID, "alice", KEY, now));
    }

    @Test
    void anotherAppIs70014() {
        assertCode(TimError.USERSIG_SDKAPPID_MISMATCH, () -> UserSig.parse(adminSig).verify(1400000001L, "administrator", KEY, now));
    }

    @Test
    void expiredIs70001() {
        assertCode(TimError.USERSIG_EXPIRED, () -> UserSig.parse(adminSig).verify(SDKAPPID, "administrator", KEY, now.plusSeconds(86401)));
    }

    @Test
    void garbageAndTruncationAre70003() {
        assertCode(TimError.USERSIG_INVALID, () -> UserSig.parse("not a sig"));
        assertCode(TimError.USERSIG_INVALID, () -> UserSig.parse(adminSig.substring(0, adminSig.length() / 2)));
        assertCode(TimError.USERSIG_INVALID, () -> UserSig.parse("eJyrVgrxCdYrSy1SslIy0jNQ0gEA"));
        assertCode(TimError.USERSIG_INVALID, () -> UserSig.parse("A".repeat(5000)));
    }

    @Test
    void standardBase64MangledByQueryDecodingIsStillUnderstood() {
        String standard = adminSig.replace('*', '+').replace('-', '/').replace('_', '=');
        UserSig.parse(standard.replace('+', ' ')).verify(SDKAPPID, "administrator", KEY, now);
    }

    private static void assertCode(TimError expected, Executable call) {
        TimException e = assertThrows(TimException.class, call);
        assertEquals(expected.code(), e.code());
    }
}
