package io.herald.device;

import io.herald.app.Secrets;
import io.herald.channel.spi.ChannelNames;
import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.device.Platform;
import io.herald.gateway.Receipts;
import io.herald.gateway.Recipient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What a device does for itself, with the app's device key: register (getting a deliveryToken and
 * a secret of its own), then, proving itself with those, report its vendor token, bind or unbind
 * its user and report what the user did with a delivery. The app's server does the same through
 * the mPaaS actions on the same registry.
 */
@Stateless
public class DeviceEnrolment {

    static final int MAX_USER_ID_LENGTH = 128;
    static final int MAX_PHONE_LENGTH = 32;
    static final int MAX_VENDOR_TOKEN_LENGTH = 512;

    @Inject
    AppRepository apps;

    @Inject
    DeviceRepository devices;

    @Inject
    DeviceRegistry registry;

    @Inject
    Receipts receipts;

    @Inject
    Clock clock;

    public Enrolment register(String deviceKey, String platformName, String vendorChannel, String vendorToken) {
        App app = appOf(deviceKey);
        Platform platform = platform(platformName);
        requireVendorToken(vendorChannel, vendorToken, false);
        String deliveryToken = Secrets.deliveryToken();
        String secret = Secrets.deviceSecret();
        Device device = registry.report(app, deliveryToken, platform, vendorChannel, vendorToken);
        device.issueSecret(secret);
        return new Enrolment(deliveryToken, secret, app.mpsAppId(), app.workspaceId());
    }

    /** The session address of a device whose credentials hold. */
    public Recipient authenticate(DeviceCredentials credentials) {
        Device device = device(credentials);
        return Recipient.device(device.app().id(), device.deliveryToken());
    }

    public void reportVendorToken(DeviceCredentials credentials, String channel, String token) {
        requireVendorToken(channel, token, true);
        device(credentials).reportVendorToken(channel, token, clock.instant());
    }

    public void bind(DeviceCredentials credentials, String userId, String phoneNumber) {
        if (userId == null || userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw DeviceApiError.INVALID_REQUEST.exception("userId is required (at most " + MAX_USER_ID_LENGTH + " characters)");
        }
        if (phoneNumber != null && (phoneNumber.isBlank() || phoneNumber.length() > MAX_PHONE_LENGTH)) {
            throw DeviceApiError.INVALID_REQUEST.exception("phoneNumber must be at most " + MAX_PHONE_LENGTH + " characters");
        }
        device(credentials).bind(userId, phoneNumber, clock.instant());
    }

    public void unbind(DeviceCredentials credentials) {
        device(credentials).unbind(clock.instant());
    }

    /** The user opened or dismissed a delivery this device received (over the gateway or a vendor channel). */
    public void report(DeviceCredentials credentials, long deliveryId, Receipts.Kind kind) {
        if (!receipts.report(authenticate(credentials), deliveryId, kind)) {
            throw DeviceApiError.UNKNOWN_DELIVERY.exception("delivery " + deliveryId + " was not addressed to this device");
        }
    }

    private App appOf(String deviceKey) {
        App app = Optional.ofNullable(deviceKey).flatMap(apps::findByDeviceKey)
                .orElseThrow(() -> DeviceApiError.INVALID_DEVICE_KEY.exception("the device key is missing or unknown"));
        if (!app.isActive()) {
            throw DeviceApiError.APP_DISABLED.exception("the app is disabled");
        }
        return app;
    }

    private Device device(DeviceCredentials credentials) {
        App app = appOf(credentials.deviceKey());
        return Optional.ofNullable(credentials.deliveryToken()).flatMap(token -> devices.findByToken(app, token))
                .filter(d -> d.hasSecret(credentials.deviceSecret()))
                .orElseThrow(() -> DeviceApiError.INVALID_DEVICE_CREDENTIALS.exception("unknown deliveryToken or wrong device secret"));
    }

    private static Platform platform(String name) {
        try {
            return Platform.valueOf(name == null ? "" : name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DeviceApiError.INVALID_REQUEST.exception("platform must be android, ios or harmony");
        }
    }

    private static void requireVendorToken(String channel, String token, boolean required) {
        if (channel == null && token == null && !required) {
            return;
        }
        if (channel == null || !ChannelNames.isVendor(channel)) {
            throw DeviceApiError.INVALID_REQUEST.exception("vendorChannel must be one of " + String.join(", ", ChannelNames.VENDORS.stream().sorted().toList()));
        }
        if (token == null || token.isBlank() || token.length() > MAX_VENDOR_TOKEN_LENGTH) {
            throw DeviceApiError.INVALID_REQUEST.exception("vendorToken is required (at most " + MAX_VENDOR_TOKEN_LENGTH + " characters)");
        }
    }
}
