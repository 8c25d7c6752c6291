package io.herald.it.tencent;

import static io.herald.it.support.Herald.BOOTSTRAP_ADMIN;
import static io.herald.it.support.Herald.BOOTSTRAP_SDKAPPID;
import static io.herald.it.support.Herald.BOOTSTRAP_SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.Tim;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Tencent family's envelope and its UserSig codes, through real HTTP with sigs from the official library. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TencentEnvelopeIT {

    private static final String UNKNOWN = "/v4/anything/unknown";
    private static final String KNOWN = "/v4/im_open_login_svc/account_check";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static String adminSig() {
        return Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 86400);
    }

    private static void assertFail(int code, JsonObject envelope) {
        assertEquals("FAIL", envelope.getString("ActionStatus"), envelope.toString());
        assertEquals(code, envelope.getInt("ErrorCode"), envelope.toString());
        assertEquals(false, envelope.getString("ErrorInfo").isEmpty());
    }

    @Test
    void anUnknownCommandWithoutCredentialsIsAFailEnvelopeWithHttp200() {
        assertFail(60012, Tim.envelope(Http.post(Herald.http(UNKNOWN), "{}")));
    }

    @Test
    void anAuthenticatedAdminCallingAnUnknownCommandGets60009() {
        assertFail(60009, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, adminSig(), "{}"));
    }

    @Test
    void aPathWithoutServiceAndCommandGets60009() {
        assertFail(60009, Tim.envelope(Http.post(Herald.http("/v4/im_open_login_svc"), "{}")));
    }

    @Test
    void methodsOtherThanPostGet60002() {
        var uri = Tim.uri(UNKNOWN, String.valueOf(BOOTSTRAP_SDKAPPID), BOOTSTRAP_ADMIN, adminSig());
        assertFail(60002, Tim.envelope(Http.get(uri)));
        assertFail(60002, Tim.envelope(Http.send(HttpRequest.newBuilder(uri).DELETE())));
    }

    @Test
    void malformedOrMissingJsonIs90001() {
        assertFail(90001, Tim.call(KNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, adminSig(), "{\"CheckItem\":"));
        assertFail(90001, Tim.call(KNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, adminSig(), ""));
        assertFail(90001, Tim.call(KNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, adminSig(), "[1,2]"));
    }

    @Test
    void missingIdentifierOrUserSigIs60004() {
        assertFail(60004, Tim.envelope(Http.post(Tim.uri(UNKNOWN, String.valueOf(BOOTSTRAP_SDKAPPID), null, adminSig()), "{}")));
        assertFail(60004, Tim.envelope(Http.post(Tim.uri(UNKNOWN, String.valueOf(BOOTSTRAP_SDKAPPID), BOOTSTRAP_ADMIN, null), "{}")));
    }

    @Test
    void emptyUserSigIs70002() {
        assertFail(70002, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, "", "{}"));
    }

    @Test
    void garbageUserSigIs70003() {
        assertFail(70003, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, "eJyrVgrxCdYrSy1SslIy0jNQ0gEA", "{}"));
    }

    @Test
    void expiredUserSigIs70001() {
        String expired = Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, -10);
        assertFail(70001, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, expired, "{}"));
    }

    @Test
    void userSigSignedWithTheWrongKeyIs70009() {
        String forged = Tim.sign(BOOTSTRAP_SDKAPPID, "not-the-app-key", BOOTSTRAP_ADMIN, 86400);
        assertFail(70009, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, forged, "{}"));
    }

    @Test
    void userSigOfAnotherIdentifierIs70013() {
        String alices = Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, "alice", 86400);
        assertFail(70013, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, alices, "{}"));
    }

    @Test
    void userSigOfAnotherAppIs70014() {
        String otherApps = Tim.sign(1400000999L, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 86400);
        assertFail(70014, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, otherApps, "{}"));
    }

    @Test
    void unknownSdkAppIdIs70020() {
        String sig = Tim.sign(1499999999L, BOOTSTRAP_SECRET_KEY, BOOTSTRAP_ADMIN, 86400);
        assertFail(70020, Tim.call(UNKNOWN, 1499999999L, BOOTSTRAP_ADMIN, sig, "{}"));
    }


    /** The test server allows 5 failures a minute per identifier (arquillian.xml); the sixth attempt is locked out. */
    @Test
    void repeatedFailuresLockTheIdentifierOutWith70050() {
        String probe = "lockout-probe";
        String forged = Tim.sign(BOOTSTRAP_SDKAPPID, "wrong", probe, 86400);
        for (int i = 0; i < 5; i++) {
            assertFail(70009, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, probe, forged, "{}"));
        }
        String genuine = Tim.sign(BOOTSTRAP_SDKAPPID, BOOTSTRAP_SECRET_KEY, probe, 86400);
        assertFail(70050, Tim.call(UNKNOWN, BOOTSTRAP_SDKAPPID, probe, genuine, "{}"));
    }
}
