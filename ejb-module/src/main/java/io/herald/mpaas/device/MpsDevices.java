package io.herald.mpaas.device;

import io.herald.domain.device.Platform;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import java.util.Locale;
import java.util.Map;

/**
 * How the device actions name platforms and vendor channels. OsType uses the numbers DeliveryType
 * uses for platforms (1 Android, 2 iOS, 7 HarmonyOS). Alibaba does not publish the numbers of
 * ThirdChannel, so Herald takes the channel's name or Herald's own number (README).
 */
final class MpsDevices {

    static final Map<String, Platform> OS_TYPES = Map.of("1", Platform.ANDROID, "2", Platform.IOS, "7", Platform.HARMONY);
    static final Map<String, String> THIRD_CHANNELS = Map.ofEntries(
            Map.entry("2", "apns"), Map.entry("3", "fcm"), Map.entry("4", "xiaomi"), Map.entry("5", "huawei"),
            Map.entry("6", "oppo"), Map.entry("7", "vivo"), Map.entry("8", "honor"), Map.entry("9", "harmony"));

    private MpsDevices() {
    }

    static String deliveryToken(PopRequest request) {
        return request.get("DeliveryToken").orElseThrow(MpsError.NEED_DELIVERYTOKEN::exception);
    }

    static Platform osType(PopRequest request) {
        String osType = request.get("OsType").orElseThrow(() -> MpsError.INVALID_PARAM.exception("OsType is required"));
        Platform platform = OS_TYPES.get(osType);
        if (platform == null) {
            throw MpsError.OS_TYPE_NOT_SUPPORTED.exception();
        }
        return platform;
    }

    /** MPS's manufacturer names for Herald's vendor channels. */
    static String manufacturer(String channel) {
        return switch (channel) {
            case "xiaomi" -> "miui";
            case "huawei" -> "hms";
            case "harmony" -> "harmonyos";
            case "apns" -> "ios";
            default -> channel;
        };
    }

    /** The vendor channel a reported token belongs to, or null when none is reported. */
    static String thirdChannel(PopRequest request) {
        return request.get("ThirdChannel").map(given -> {
            String name = given.toLowerCase(Locale.ROOT);
            if (THIRD_CHANNELS.containsValue(name)) {
                return name;
            }
            String byNumber = THIRD_CHANNELS.get(given);
            if (byNumber == null) {
                throw MpsError.INVALID_PARAM.exception("unknown ThirdChannel " + given);
            }
            return byNumber;
        }).orElse(null);
    }
}
