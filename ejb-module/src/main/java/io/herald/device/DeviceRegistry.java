package io.herald.device;

import io.herald.domain.app.App;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.device.Platform;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Registers devices and binds them to users. Reporting is also how an app that moves from the cloud
 * imports its devices: a deliveryToken Herald has not seen is registered as reported.
 */
@Stateless
public class DeviceRegistry {

    @Inject
    DeviceRepository devices;

    @Inject
    Clock clock;

    /** Registers the device, or updates its platform and, when given, its vendor token. */
    public Device report(App app, String deliveryToken, Platform platform, String vendorChannel, String vendorToken) {
        Device device = devices.findByToken(app, deliveryToken)
                .orElseGet(() -> devices.store(new Device(app, deliveryToken, platform, clock.instant())));
        device.reportPlatform(platform, clock.instant());
        if (vendorChannel != null && vendorToken != null && !vendorToken.isEmpty()) {
            device.reportVendorToken(vendorChannel, vendorToken, clock.instant());
        }
        return device;
    }

    /** Binds the device (registering it if need be) to the user; another user it was bound to is unbound. */
    public void bind(App app, String deliveryToken, Platform platform, String userId, String phoneNumber) {
        Device device = devices.findByToken(app, deliveryToken)
                .orElseGet(() -> devices.store(new Device(app, deliveryToken, platform, clock.instant())));
        device.bind(userId, phoneNumber, clock.instant());
    }

    /** Unbinds the device if it is bound to this user; anything else is already the case. */
    public void unbind(App app, String deliveryToken, String userId) {
        devices.findByToken(app, deliveryToken)
                .filter(d -> d.boundUserId().filter(userId::equals).isPresent())
                .ifPresent(d -> d.unbind(clock.instant()));
    }

    public Optional<Device> byToken(App app, String deliveryToken) {
        return devices.findByToken(app, deliveryToken);
    }

    /** The device of the user seen most recently. */
    public Optional<Device> latestOf(App app, String userId) {
        return devices.findBoundTo(app, userId).stream().findFirst();
    }
}
