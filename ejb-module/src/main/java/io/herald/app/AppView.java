package io.herald.app;

import io.herald.domain.app.AccessKey;
import io.herald.domain.app.App;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An app as operators see it: identities, the ids of its active keys and its settings, never a
 * secret (nor the callback token). The device key is shown: it is not a secret but ships inside
 * the app's mobile builds.
 */
public record AppView(long id, String name, String status, long sdkAppId, String adminIdentifier,
                      String mpsAppId, String workspaceId, String timeZone, Instant createdAt,
                      List<String> accessKeyIds, String deviceKey, Integer messageSizeLimit, Integer callsPerSecond,
                      String callbackUrl, Long callbackTimeoutMillis, Boolean callbackFailClosed, Integer retentionDays,
                      boolean allMemberPushEnabled, Integer pushDailyLimit, Long pushIntervalMillis) {

    static AppView of(App app) {
        var callbacks = app.callbacks();
        return new AppView(app.id(), app.name(), app.status().name(), app.sdkAppId(), app.adminIdentifier(),
                app.mpsAppId(), app.workspaceId(), app.timeZone().getId(), app.createdAt(),
                app.accessKeys().stream().filter(AccessKey::isActive).map(AccessKey::accessKeyId).toList(),
                app.deviceKey().orElse(null), app.messageSizeLimit().orElse(null), app.callsPerSecond().orElse(null),
                callbacks.map(c -> c.url().toString()).orElse(null),
                callbacks.map(c -> c.timeout().toMillis()).orElse(null),
                callbacks.map(c -> c.failClosed()).orElse(null), app.retentionDays().orElse(null),
                app.allowsAllMemberPush(), app.pushDailyLimit().orElse(null), app.pushInterval().map(Duration::toMillis).orElse(null));
    }
}
