package io.herald.tencent;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Routes a verified {@code /v4/{service}/{command}} call to the handler that serves it, in Tencent's
 * order: the command must exist (60009), the caller must be the admin (the command's own code), the
 * app must be within its call rate (60011), the body must be JSON (90001); then the command validates
 * its fields.
 */
@Stateless
public class TimCommands {

    @Inject
    @Any
    Instance<TimCommandHandler> handlers;

    @Inject
    TimRateLimit rateLimit;

    public JsonObject handle(TimCaller caller, String service, String command, String body) {
        TimCommandHandler handler = handlers.stream()
                .filter(h -> h.serves(service, command))
                .findFirst()
                .orElseThrow(TimError.UNKNOWN_COMMAND::exception);
        if (!caller.isAdmin()) {
            throw handler.notAdmin().exception();
        }
        rateLimit.admit(caller.app());
        return handler.handle(caller, TimRequest.parse(body));
    }
}
