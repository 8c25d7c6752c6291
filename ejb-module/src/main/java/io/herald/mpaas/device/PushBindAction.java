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

/** PushBind: binds a device to a user (and, optionally, a phone number for SMS), keeping the history. */
@ApplicationScoped
public class PushBindAction extends MpsAction {

    @Inject
    DeviceRegistry devices;

    public PushBindAction() {
        super("PushBind", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String userId = request.get("UserId").orElseThrow(MpsError.NEED_USERID::exception);
        String token = MpsDevices.deliveryToken(request);
        devices.bind(app, token, MpsDevices.osType(request), userId, request.get("PhoneNumber").orElse(null));
        return MpsAnswers.pushResult(token);
    }
}
