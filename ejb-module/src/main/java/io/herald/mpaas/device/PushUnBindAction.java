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

/** PushUnBind: ends the device's binding to the user; unbinding what is not bound succeeds and changes nothing. */
@ApplicationScoped
public class PushUnBindAction extends MpsAction {

    @Inject
    DeviceRegistry devices;

    public PushUnBindAction() {
        super("PushUnBind", MpsEnvelope.PUSH_RESULT);
    }

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        String userId = request.get("UserId").orElseThrow(MpsError.NEED_USERID::exception);
        String token = MpsDevices.deliveryToken(request);
        devices.unbind(app, token, userId);
        return MpsAnswers.pushResult(token);
    }
}
