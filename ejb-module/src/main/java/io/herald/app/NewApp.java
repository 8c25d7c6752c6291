package io.herald.app;

/** What an operator asks for when creating an app; null fields are chosen by Herald. */
public record NewApp(String name, Long sdkAppId, String adminIdentifier, String mpsAppId, String workspaceId, String timeZone) {
}
