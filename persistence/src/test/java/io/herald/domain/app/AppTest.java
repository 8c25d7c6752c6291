package io.herald.domain.app;

import static io.herald.domain.DomainFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.DomainFixtures;
import org.junit.jupiter.api.Test;

class AppTest {

    @Test
    void rotationKeepsOnlyTheNewKeyActive() {
        App app = DomainFixtures.app(1400000003L);
        app.issueAccessKey("AK1", "s1", T0);
        app.issueAccessKey("AK2", "s2", T0);
        app.issueAccessKey("AK3", "s3", T0.plusSeconds(1));
        app.revokeAccessKeysExcept("AK3", T0.plusSeconds(1));

        assertTrue(app.activeAccessKey("AK1").isEmpty());
        assertTrue(app.activeAccessKey("AK2").isEmpty());
        assertEquals("s3", app.activeAccessKey("AK3").orElseThrow().accessKeySecret());
        assertEquals(3, app.accessKeys().size(), "revoked keys are kept so their ids are never reissued");
    }

    @Test
    void onlyTheConfiguredAdminIsAdmin() {
        App app = DomainFixtures.app(1400000004L);
        assertTrue(app.isAdmin("administrator"));
        assertFalse(app.isAdmin("Administrator"));
    }

    @Test
    void identitiesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new AppIdentity(0, "admin", "ONEX1", "default"));
        assertThrows(IllegalArgumentException.class, () -> new AppIdentity(1400000000L, "a".repeat(33), "ONEX1", "default"));
        assertThrows(IllegalArgumentException.class, () -> new AppIdentity(1400000000L, "admin", " ", "default"));
    }
}
