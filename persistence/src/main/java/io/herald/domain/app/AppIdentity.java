package io.herald.domain.app;

import java.util.Objects;

/** How the two API families name an app: the Tencent SDKAppID and admin, the mPaaS AppId and WorkspaceId. */
public record AppIdentity(long sdkAppId, String adminIdentifier, String mpsAppId, String workspaceId) {

    public AppIdentity {
        if (sdkAppId <= 0) {
            throw new IllegalArgumentException("SDKAppID must be positive");
        }
        Objects.requireNonNull(adminIdentifier, "adminIdentifier");
        Objects.requireNonNull(mpsAppId, "mpsAppId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        if (adminIdentifier.isBlank() || adminIdentifier.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 32) {
            throw new IllegalArgumentException("admin identifier must be 1..32 bytes");
        }
        if (mpsAppId.isBlank() || workspaceId.isBlank()) {
            throw new IllegalArgumentException("AppId and WorkspaceId must not be blank");
        }
    }
}
