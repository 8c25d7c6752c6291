package io.herald.device;

/** What a newly registered device is told, once: its deliveryToken and secret, and the app it belongs to. */
public record Enrolment(String deliveryToken, String deviceSecret, String appId, String workspaceId) {
}
