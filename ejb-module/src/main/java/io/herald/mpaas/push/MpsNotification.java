package io.herald.mpaas.push;

import io.herald.channel.spi.Notification;
import io.herald.mpaas.MpsError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mPaaS push fields as Herald's {@link Notification}: Title, Content and Uri; ExtendedParams
 * (handed to the app; {@code sound}, {@code badge} and {@code mutable-content} also set the
 * APNs and Android options of the same name); Silent; ImageUrls; ChannelId and MiChannelId;
 * ThirdChannelCategory ({@code hms} numbers become Huawei category names, other vendors' values
 * pass through); NotifyLevel ({@code hms} 1 LOW, 2 NORMAL); Classification (vivo); and the SMS fields.
 */
final class MpsNotification {

    /** mpaas-spec §5.4: thirdChannelCategory.hms, 1-based. */
    static final List<String> HMS_CATEGORIES = List.of("IM", "VOIP", "SUBSCRIPTION", "TRAVEL", "HEALTH", "WORK", "ACCOUNT", "EXPRESS",
            "FINANCE", "DEVICE_REMINDER", "SYSTEM_REMINDER", "MAIL", "PLAY_VOICE", "MARKETING");

    /** ThirdChannelCategory keys, by the Herald channel they are for. */
    static final Map<String, String> CATEGORY_KEYS = Map.of("hms", "huawei", "honor", "honor", "vivo", "vivo", "harmonyos", "harmony", "oppo", "oppo");

    private MpsNotification() {
    }

    static Notification of(String title, String content, String uri, Map<String, String> data, JsonObject options) {
        JsonObject images = json(options, "ImageUrls");
        JsonObject levels = json(options, "NotifyLevel");
        Integer badge = data.containsKey("badge") ? badge(data.get("badge")) : null;
        Notification.Apple apple = new Notification.Apple(null, data.get("sound"), badge, "1".equals(data.get("mutable-content")),
                images.getString("iosUrl", null));
        Notification.Android android = new Notification.Android(data.get("sound"), images.getString("defaultUrl", null),
                options.getString("ChannelId", null),
                options.containsKey("MiChannelId") ? Map.of("xiaomi", options.getString("MiChannelId")) : Map.of(),
                categories(json(options, "ThirdChannelCategory")), options.getString("Classification", null),
                switch (levels.getString("hms", "")) {
                    case "1" -> "LOW";
                    case "2" -> "NORMAL";
                    default -> null;
                });
        return new Notification(title, content, data, uri, "1".equals(options.getString("Silent", "0")), apple, android, sms(options));
    }

    private static Map<String, String> categories(JsonObject given) {
        Map<String, String> categories = new HashMap<>();
        given.forEach((key, value) -> {
            String channel = CATEGORY_KEYS.get(key);
            if (channel == null || !(value instanceof JsonString text)) {
                throw MpsError.INVALID_PARAM.exception("ThirdChannelCategory maps hms, honor, vivo, oppo or harmonyos to a string");
            }
            categories.put(channel, key.equals("hms") ? hmsCategory(text.getString()) : text.getString());
        });
        return categories;
    }

    private static String hmsCategory(String number) {
        try {
            return HMS_CATEGORIES.get(Integer.parseInt(number) - 1);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw MpsError.INVALID_PARAM.exception("ThirdChannelCategory.hms is a number from 1 to " + HMS_CATEGORIES.size());
        }
    }

    private static Integer badge(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw MpsError.INVALID_EXTEND_PARAM.exception("badge must be a number");
        }
    }

    private static Notification.Sms sms(JsonObject options) {
        return switch (options.getString("SmsStrategy", "0")) {
            case "1" -> sms(Notification.SmsStrategy.SUPPLEMENT, options);
            case "2" -> sms(Notification.SmsStrategy.CONCURRENT, options);
            default -> null;
        };
    }

    private static Notification.Sms sms(Notification.SmsStrategy strategy, JsonObject options) {
        return new Notification.Sms(strategy, options.getString("SmsSignName"), options.getString("SmsTemplateCode"), options.getString("SmsTemplateParam"));
    }

    private static JsonObject json(JsonObject options, String name) {
        return options.containsKey(name) ? MpsPushFields.parseObject(options.getString(name), MpsError.INVALID_PARAM) : JsonValue.EMPTY_JSON_OBJECT;
    }
}
