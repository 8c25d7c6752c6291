package io.herald.device;

/** How a registered device proves who it is: its app's device key, its deliveryToken and its own secret. */
public record DeviceCredentials(String deviceKey, String deliveryToken, String deviceSecret) {
}
