package io.herald.channel.spi;

import java.util.List;

/** The channels' names, which are also the suffixes of their queues. */
public final class ChannelNames {

    public static final String GATEWAY = "gateway";
    public static final String SMS = "sms";

    /**
     * The vendor channels, in the order Herald prefers them when a device reported tokens for more
     * than one: the phone maker's own service first, Google's last (it needs Play services).
     */
    public static final List<String> VENDORS = List.of("apns", "harmony", "huawei", "honor", "xiaomi", "oppo", "vivo", "fcm");

    private ChannelNames() {
    }

    public static boolean isVendor(String channel) {
        return VENDORS.contains(channel);
    }
}
