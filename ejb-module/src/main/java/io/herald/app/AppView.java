package io.herald.app;

import io.herald.domain.app.AccessKey;
import io.herald.domain.app.App;
import java.time.Instant;
import java.util.List;

/** An app as operators see it: identities and the ids of its active keys, never a secret. */
public record AppView(long id, String name, String status, long sdkAppId, String adminIdentifier,
                      String mpsAppId, String workspaceId, String timeZone, Instant createdAt,
                      List<String> accessKeyIds) {

    static AppView of(App app) {
        return new AppView(app.id(), app.name(), app.status().name(), app.sdkAppId(), app.adminIdentifier(),
                app.mpsAppId(), app.workspaceId(), app.timeZone().getId(), app.createdAt(),
                app.accessKeys().stream().filter(AccessKey::isActive).map(AccessKey::accessKeyId).toList());
    }
}
