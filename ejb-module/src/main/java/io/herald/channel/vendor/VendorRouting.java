package io.herald.channel.vendor;

import io.herald.channel.spi.ChannelNames;
import io.herald.channel.spi.Notification;
import io.herald.domain.app.App;
import io.herald.domain.device.Device;
import io.herald.domain.device.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which channel reaches a device: a channel whose token the device reported, provided the app has
 * credentials for that channel (Herald's preference among the vendors decides between several),
 * otherwise Herald's own gateway. And whether a notification fits the vendors a push may use.
 */
@ApplicationScoped
public class VendorRouting {

    @Inject
    VendorCredentials credentials;

    /** The channels other than SMS that the app has credentials for. */
    public Set<String> configured(App app) {
        return credentials.configuredChannels(app).stream().filter(channel -> !channel.equals(ChannelNames.SMS)).collect(Collectors.toUnmodifiableSet());
    }

    /** The channel for a device, among those configured; empty when only the gateway reaches it. */
    public Optional<String> vendorFor(Device device, Set<String> configured) {
        return vendorFor(device.vendorTokens().keySet(), configured);
    }

    /** The same choice for a device known only by the channels it has tokens for. */
    public Optional<String> vendorFor(Set<String> tokenChannels, Set<String> configured) {
        return tokenChannels.stream()
                .filter(configured::contains)
                .min(Comparator.comparingInt(VendorRouting::preference).thenComparing(Comparator.naturalOrder()));
    }

    private static int preference(String channel) {
        int rank = ChannelNames.VENDORS.indexOf(channel);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    /** The vendors that serve devices of a platform; all of them when the platform is not known (a user's devices). */
    public static Set<String> vendorsOf(Optional<Platform> platform) {
        return platform.map(p -> switch (p) {
            case IOS -> Set.of("apns");
            case HARMONY -> Set.of("harmony");
            case ANDROID -> Set.of("huawei", "honor", "xiaomi", "oppo", "vivo", "fcm");
        }).orElse(Set.copyOf(ChannelNames.VENDORS));
    }

    /** @throws NotificationRefused when the notification breaks a limit of one of the channels */
    public void checkContent(Notification notification, Collection<String> channels) {
        ChannelNames.VENDORS.stream().filter(channels::contains)
                .map(channel -> ContentLimits.violation(channel, notification))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(reason -> {
                    throw new NotificationRefused(reason);
                });
    }
}
