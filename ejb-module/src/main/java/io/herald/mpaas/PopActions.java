package io.herald.mpaas;

import io.herald.domain.app.AccessKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes a POP RPC call to its action: Action and Version must be there (MissingParameter) and the
 * version known (InvalidVersion), the caller must prove an AccessKey, and then the action must
 * exist (InvalidAction.NotFound). The three API versions that Alibaba's SDKs send carry the same
 * actions with the same meaning, so any of them is accepted and none changes the behaviour.
 */
@Stateless
public class PopActions {

    public static final Set<String> SUPPORTED_VERSIONS = Set.of("2019-08-21", "2020-07-10", "2020-10-28");

    @Inject
    @Any
    Instance<PopActionHandler> handlers;

    @Inject
    PopAuthenticator authenticator;

    /** Resolved once: resolving the handlers on every call cost more than choosing among them. */
    private Map<String, PopActionHandler> byAction;

    @PostConstruct
    void resolveHandlers() {
        byAction = handlers.stream().collect(Collectors.toMap(PopActionHandler::action, Function.identity()));
    }

    public JsonObject handle(PopRequest request, String requestId) {
        String action = request.require("Action");
        String version = request.require("Version");
        if (!SUPPORTED_VERSIONS.contains(version)) {
            throw PopError.INVALID_VERSION.exception();
        }
        PopActionHandler handler = byAction.get(action);
        if (handler != null && !request.isUtf8()) {
            // Checked before the signature: a body that is not UTF-8 cannot be signed over as the caller meant.
            throw MpsError.REQUEST_SHOULD_BE_UTF8.exception().in(handler.envelope());
        }
        AccessKey caller = authenticator.authenticate(request);
        if (handler == null) {
            throw PopError.INVALID_ACTION.exception();
        }
        try {
            return handler.handle(caller, request, requestId);
        } catch (MpsException refused) {
            throw refused.in(handler.envelope());
        }
    }
}
