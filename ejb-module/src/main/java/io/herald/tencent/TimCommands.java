package io.herald.tencent;

import io.herald.domain.app.App;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Routes an authenticated {@code /v4/{service}/{command}} call to the handler that serves it. Handlers
 * register themselves as CDI beans; a pair nobody serves is 60009.
 */
@Stateless
public class TimCommands {

    @Inject
    @Any
    Instance<TimCommandHandler> handlers;

    public JsonObject handle(App app, String service, String command, JsonObject body) {
        for (TimCommandHandler handler : handlers) {
            if (handler.serves(service, command)) {
                return handler.handle(app, body);
            }
        }
        throw TimError.UNKNOWN_COMMAND.exception();
    }
}
