package io.herald.mpaas.schedule;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.mpaas.PopRequest;
import io.herald.mpaas.push.MpsPushAction;
import io.herald.scheduling.ScheduledPushRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/** Runs a stored mPaaS push request through the action that stored it, as an immediate push. */
@ApplicationScoped
public class MpsScheduledPushRunner implements ScheduledPushRunner {

    @Inject
    @Any
    Instance<MpsPushAction> actions;

    @Override
    public String run(App app, String pushRequest) {
        Map<String, String> parameters = new HashMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(pushRequest))) {
            JsonObject stored = reader.readObject();
            stored.forEach((name, value) -> parameters.put(name, ((JsonString) value).getString()));
        }
        String action = parameters.get("Action");
        MpsPushAction handler = actions.stream().filter(a -> a.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no push action " + action));
        return handler.pushNow(app, new PopRequest("POST", parameters, Map.of(), new byte[0]));
    }
}
