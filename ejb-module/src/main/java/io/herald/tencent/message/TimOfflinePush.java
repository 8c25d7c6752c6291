package io.herald.tencent.message;

import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Checks OfflinePushInfo field types (90043 when one is wrong). The object is kept as given: the
 * vendor channels read Title, Desc, Ext and the Android and APNs options from it.
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

    /** The request's OfflinePushInfo, checked (90043), as JSON; null when there is none. */
    public static String of(TimRequest request) {
        JsonObject info = request.object("OfflinePushInfo", TimError.OFFLINE_PUSH_INVALID).orElse(null);
        if (info == null) {
            return null;
        }
        check(info);
        return info.toString();
    }
}
