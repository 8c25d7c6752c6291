package io.herald.channel.spi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;

/**
 * What a vendor channel shows on a device, whichever API family the push came from: each family
 * translates its own fields (Tencent's OfflinePushInfo, mPaaS's Title/Content/ExtendedParams and
 * vendor options) into this at its edge, and each channel maps it onto its vendor's payload.
 *
 * @param data     key/values handed to the app with the notification (Tencent Ext, mPaaS ExtendedParams)
 * @param clickUri what a tap opens (a URL or an activity / view-controller name), or null
 * @param silent   delivered to the app without being displayed
 * @param sms      the SMS that accompanies or backs up the push, or null
 */
public record Notification(String title, String body, Map<String, String> data, String clickUri, boolean silent,
                           Apple apple, Android android, Sms sms) {

    public Notification {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        data = data == null ? Map.of() : Map.copyOf(data);
        apple = apple == null ? Apple.NONE : apple;
        android = android == null ? Android.NONE : android;
    }

    /**
     * The APNs-only options.
     *
     * @param badge the icon badge to set, or null to leave it alone
     */
    public record Apple(String subtitle, String sound, Integer badge, boolean mutableContent, String image) {
        static final Apple NONE = new Apple(null, null, null, false, null);
    }

    /**
     * The options of the Android vendors (and HarmonyOS).
     *
     * @param channelId        the Android notification channel on every vendor, unless {@code vendorChannelIds} names one
     * @param vendorChannelIds a vendor's own channel or notification-channel id, by Herald channel name ("xiaomi", "oppo", ...)
     * @param categories       a vendor's message category, by Herald channel name: Huawei/Honor/HarmonyOS category names
     *                         ("IM", "MARKETING", ...), vivo's secondary category
     * @param classification   vivo's class: "0" operational (marketing), "1" system; null for the vendor's default
     * @param importance       Huawei/Honor importance: "LOW" or "NORMAL"; null for the default
     */
    public record Android(String sound, String image, String channelId, Map<String, String> vendorChannelIds,
                          Map<String, String> categories, String classification, String importance) {
        static final Android NONE = new Android(null, null, null, Map.of(), Map.of(), null, null);

        public Android {
            vendorChannelIds = vendorChannelIds == null ? Map.of() : Map.copyOf(vendorChannelIds);
            categories = categories == null ? Map.of() : Map.copyOf(categories);
        }

        /** The notification channel to use on one vendor. */
        public String channelIdFor(String vendor) {
            return vendorChannelIds.getOrDefault(vendor, channelId);
        }
    }

    /** The SMS of a push: sent with it, or only when the push has not arrived in time. */
    public record Sms(SmsStrategy strategy, String signName, String templateCode, String templateParam) {
    }

    public enum SmsStrategy {
        /** Only when no device has acknowledged the push within the supplement window. */
        SUPPLEMENT,
        /** Together with the push. */
        CONCURRENT
    }

    /**
     * What replaces this notification on a device once it is taken back: the same channel and
     * category (a vendor files the replacement where the original was), {@code notice} as its title
     * and text, nothing to open and no data, sound or SMS.
     */
    public Notification asRecallNotice(String notice) {
        Android quietAndroid = new Android(null, null, android.channelId(), android.vendorChannelIds(), android.categories(),
                android.classification(), android.importance());
        return new Notification(notice, notice, Map.of(), null, false, Apple.NONE, quietAndroid, null);
    }

    public String toJson() {
        return Binding.JSON.toJson(this);
    }

    public static Notification fromJson(String json) {
        return Binding.JSON.fromJson(json, Notification.class);
    }

    /** Created once, when first used: building a JSON-B context is expensive. */
    private static final class Binding {
        static final Jsonb JSON = JsonbBuilder.create();
    }
}
