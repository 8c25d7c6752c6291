package io.herald.mpaas.device;

import static io.herald.platform.Jsonp.JSON;

import io.herald.device.DeviceRegistry;
import io.herald.domain.app.App;
import io.herald.domain.device.Device;
import io.herald.domain.device.Platform;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.Recipient;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;

/**
 * PushQueryDeviceState: a device by its deliveryToken (TargetType 1) or a user's most recently seen
 * device (TargetType 2). {@code Statue} (sic) is {@code UNKNOW} for iOS and HarmonyOS, as in MPS;
 * an Android device is {@code ONLINE} while it holds a gateway session, else {@code OFFLINE}.
 */
@ApplicationScoped
public class PushQueryDeviceStateAction extends MpsAction {

    static final String BY_DEVICE = "1";
    static final String BY_USER = "2";

    @Inject
    DeviceRegistry devices;

    @Inject
    GatewaySessions sessions;

    public PushQueryDeviceStateAction() {
        super("PushQueryDeviceState", MpsEnvelope.CODE);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String target = request.get("Target").orElseThrow(MpsError.TOKEN_OR_USERID_NULL::exception);
        String type = request.get("TargetType").orElse(BY_DEVICE);
        Device device = switch (type) {
            case BY_DEVICE -> devices.byToken(app, target).orElseThrow(MpsError.DELIVERYTOKEN_INVALID::exception);
            case BY_USER -> devices.latestOf(app, target).orElseThrow(() -> MpsError.INVALID_PARAM.exception("no device is bound to this user"));
            default -> throw MpsError.INVALID_PARAM.exception("TargetType must be 1 or 2");
        };
        Map<String, String> vendorTokens = device.vendorTokens();
        String manufacturer = vendorTokens.keySet().stream().findFirst().map(MpsDevices::manufacturer).orElse("unknown");
        return MpsAnswers.code(JSON.createObjectBuilder()
                .add("UserId", device.boundUserId().orElse(""))
                .add("DeviceId", device.deliveryToken())
                .add("DeliveryToken", device.deliveryToken())
                .add("ThirdToken", vendorTokens.values().stream().findFirst().orElse(""))
                .add("Platform", platform(device.platform()))
                .add("Manufacturer", manufacturer)
                .add("Statue", state(app, device))
                .build());
    }

    private String state(App app, Device device) {
        if (device.platform() != Platform.ANDROID) {
            return "UNKNOW";
        }
        return sessions.of(Recipient.device(app.id(), device.deliveryToken())).isEmpty() ? "OFFLINE" : "ONLINE";
    }

    private static String platform(Platform platform) {
        return platform == Platform.HARMONY ? "harmonyos" : platform.name().toLowerCase(Locale.ROOT);
    }
}
