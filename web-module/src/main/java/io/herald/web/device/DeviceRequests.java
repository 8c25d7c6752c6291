package io.herald.web.device;

/** The JSON bodies of the device API. */
public final class DeviceRequests {

    private DeviceRequests() {
    }

    /** {@code vendorChannel} and {@code vendorToken} are optional, but come together. */
    public record Register(String platform, String vendorChannel, String vendorToken) {
    }

    public record VendorToken(String channel, String token) {
    }

    public record Bind(String userId, String phoneNumber) {
    }

    /** {@code event} is {@code open} or {@code ignore}; {@code id} the delivery's id. */
    public record Report(Long id, String event) {
    }
}
