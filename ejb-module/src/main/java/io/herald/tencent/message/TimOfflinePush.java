package io.herald.tencent.message;

import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.NotificationRefused;
import io.herald.channel.vendor.VendorRouting;
import io.herald.domain.app.App;
import io.herald.tencent.TimError;
import io.herald.tencent.TimException;
import io.herald.tencent.TimRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads OfflinePushInfo into Herald's {@link Notification} (90043 when a field has the wrong type,
 * or when the notification breaks a limit of a vendor channel the app uses): Title (the sender when
 * absent), Desc (else the message's own text), Ext (handed to the app as {@code ext}), the Android
 * options (sound, vendor channel ids, vivo classification, Huawei importance and category) and the
 * APNs ones (sound, badge, subtitle, image, mutable content). PushFlag 1 means no offline push.
 */
public final class TimOfflinePush {

    private static final Map<String, JsonValue.ValueType> TOP = Map.of(
            "PushFlag", JsonValue.ValueType.NUMBER, "Title", JsonValue.ValueType.STRING, "Desc", JsonValue.ValueType.STRING,
            "Ext", JsonValue.ValueType.STRING, "AndroidInfo", JsonValue.ValueType.OBJECT, "ApnsInfo", JsonValue.ValueType.OBJECT);
    private static final Map<String, JsonValue.ValueType> ANDROID = Map.of(
            "Sound", JsonValue.ValueType.STRING, "HuaWeiChannelID", JsonValue.ValueType.STRING, "XiaoMiChannelID", JsonValue.ValueType.STRING,
            "OPPOChannelID", JsonValue.ValueType.STRING, "GoogleChannelID", JsonValue.ValueType.STRING,
            "VIVOClassification", JsonValue.ValueType.NUMBER, "HuaWeiImportance", JsonValue.ValueType.STRING,
            "ExtAsHuaweiIntentParam", JsonValue.ValueType.NUMBER, "HuaWeiCategory", JsonValue.ValueType.STRING);
    private static final Map<String, JsonValue.ValueType> APNS = Map.of(
            "Sound", JsonValue.ValueType.STRING, "BadgeMode", JsonValue.ValueType.NUMBER, "Title", JsonValue.ValueType.STRING,
            "SubTitle", JsonValue.ValueType.STRING, "Image", JsonValue.ValueType.STRING, "MutableContent", JsonValue.ValueType.NUMBER);

    static final int NO_PUSH = 1;

    /** AndroidInfo's vendor channel id fields, by the Herald channel they are for. */
    private static final Map<String, String> VENDOR_CHANNEL_IDS = Map.of(
            "HuaWeiChannelID", "huawei", "XiaoMiChannelID", "xiaomi", "OPPOChannelID", "oppo", "GoogleChannelID", "fcm");

    private TimOfflinePush() {
    }

    public static void check(JsonObject info) {
        checkTypes(info, TOP);
        if (info.containsKey("AndroidInfo")) {
            checkTypes(info.getJsonObject("AndroidInfo"), ANDROID);
        }
        if (info.containsKey("ApnsInfo")) {
            checkTypes(info.getJsonObject("ApnsInfo"), APNS);
        }
    }

    private static void checkTypes(JsonObject object, Map<String, JsonValue.ValueType> expected) {
        expected.forEach((field, kind) -> {
            if (object.containsKey(field) && object.get(field).getValueType() != kind) {
                throw TimError.OFFLINE_PUSH_INVALID.exception();
            }
        });
    }

    /** The push the request's OfflinePushInfo asks for, as Herald's notification JSON; null when it asks for none. */
    public static String of(TimRequest request, String sender) {
        JsonObject info = request.object("OfflinePushInfo", TimError.OFFLINE_PUSH_INVALID).orElse(null);
        if (info == null) {
            return null;
        }
        check(info);
        if (info.getInt("PushFlag", 0) == NO_PUSH) {
            return null;
        }
        JsonObject android = info.getJsonObject("AndroidInfo") == null ? JsonValue.EMPTY_JSON_OBJECT : info.getJsonObject("AndroidInfo");
        JsonObject apns = info.getJsonObject("ApnsInfo") == null ? JsonValue.EMPTY_JSON_OBJECT : info.getJsonObject("ApnsInfo");
        String title = info.getString("Title", "");
        Map<String, String> data = info.containsKey("Ext") ? Map.of("ext", info.getString("Ext")) : Map.of();
        Map<String, String> channelIds = new HashMap<>();
        VENDOR_CHANNEL_IDS.forEach((field, channel) -> {
            if (android.containsKey(field)) {
                channelIds.put(channel, android.getString(field));
            }
        });
        Map<String, String> categories = android.containsKey("HuaWeiCategory") ? Map.of("huawei", android.getString("HuaWeiCategory")) : Map.of();
        return new Notification(title.isEmpty() ? sender : title, info.getString("Desc", TimElements.pushText(request)), data, null, false,
                new Notification.Apple(apns.getString("SubTitle", null), apns.getString("Sound", null), apns.getInt("BadgeMode", 0) == 1 ? null : 1,
                        apns.getInt("MutableContent", 0) == 1, apns.getString("Image", null)),
                new Notification.Android(android.getString("Sound", null), null, null, channelIds, categories,
                        android.containsKey("VIVOClassification") ? String.valueOf(android.getInt("VIVOClassification")) : null,
                        android.getString("HuaWeiImportance", null)),
                null).toJson();
    }

    /** @throws TimException 90043 when the notification breaks a limit of one of the app's vendor channels */
    public static void checkFits(VendorRouting routing, App app, String notification) {
        if (notification != null) {
            try {
                routing.checkContent(Notification.fromJson(notification), routing.configured(app));
            } catch (NotificationRefused refused) {
                throw TimError.OFFLINE_PUSH_INVALID.exception();
            }
        }
    }
}
