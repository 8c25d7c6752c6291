package io.herald.tencent;

import io.herald.platform.Transactions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes a verified {@code /v4/{service}/{command}} call to the handler that serves it, in Tencent's
 * order: the command must exist (60009), the caller must be the admin (the command's own code), the
 * app must be within its call rate (60011), the body must be JSON (90001); then the command validates
 * its fields, in a transaction unless the command {@linkplain TimCommandHandler#runsOutsideTransaction runs outside one}.
 * <p>
 * A plain application-scoped bean: it holds no transaction of its own (the command's is begun
 * here when it wants one), and as a session bean its container's interceptors and pool cost 1.6%
 * of the server's CPU under sendmsg load.
 */
@ApplicationScoped
public class TimCommands {

    @Inject
    @Any
    Instance<TimCommandHandler> handlers;

    @Inject
    TimRateLimit rateLimit;

    @Inject
    Transactions transactions;

    /** Resolved once: resolving the handlers on every call cost more than choosing among them. */
    private List<TimCommandHandler> resolvedHandlers;

    /**
     * The handler found for each path called so far: asking every handler (each a proxy call)
     * whether it serves the path was a third of the routing's CPU in a profile. Paths that no handler
     * serves are not kept, so callers cannot grow it.
     */
    private final Map<String, TimCommandHandler> handlerByPath = new ConcurrentHashMap<>();

    @PostConstruct
    void resolveHandlers() {
        resolvedHandlers = handlers.stream().toList();
    }

    public JsonObject handle(TimCaller caller, String service, String command, String body) {
        String path = service + '/' + command;
        TimCommandHandler handler = handlerByPath.computeIfAbsent(path, unresolved -> resolvedHandlers.stream()
                .filter(h -> h.serves(service, command))
                .findFirst()
                .orElseThrow(TimError.UNKNOWN_COMMAND::exception));
        if (!caller.isAdmin()) {
            throw handler.notAdmin().exception();
        }
        rateLimit.admit(caller.app());
        TimRequest request = TimRequest.parse(body);
        return handler.runsOutsideTransaction() ? handler.handle(caller, request) : transactions.required(() -> handler.handle(caller, request));
    }
}
