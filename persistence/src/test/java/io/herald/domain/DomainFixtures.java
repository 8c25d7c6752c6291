package io.herald.domain;

import io.herald.domain.app.App;
import io.herald.domain.app.AppIdentity;
import io.herald.domain.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

public final class DomainFixtures {

    public static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private DomainFixtures() {
    }

    public static App app(long sdkAppId) {
        return new App(new AppIdentity(sdkAppId, "administrator", "ONEX" + sdkAppId, "default"),
                "app " + sdkAppId, "secret-" + sdkAppId, ZoneId.of("Asia/Shanghai"), T0);
    }

    public static Message message(App app, String msgKey, Duration lifetime) {
        return new Message(app, msgKey, "administrator", "[{\"type\":\"text\",\"text\":\"hi\"}]", lifetime, T0);
    }
}
