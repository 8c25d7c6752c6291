package io.herald.mpaas.device;

import io.herald.device.DeviceRegistry;
import io.herald.domain.app.App;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** PushReport: registers a device (or updates it) with its platform and, optionally, its vendor token. */
@ApplicationScoped
public class PushReportAction extends MpsAction {

    @Inject
    DeviceRegistry devices;

    public PushReportAction() {
        super("PushReport", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String token = MpsDevices.deliveryToken(request);
        String channel = MpsDevices.thirdChannel(request);
        String vendorToken = request.get("ThirdChannelDeviceToken").orElse(null);
        if (channel != null && vendorToken == null) {
            throw MpsError.INVALID_PARAM.exception("ThirdChannelDeviceToken is required with ThirdChannel");
        }
        devices.report(app, token, MpsDevices.osType(request), channel, vendorToken);
        return MpsAnswers.pushResult(token);
    }
}
