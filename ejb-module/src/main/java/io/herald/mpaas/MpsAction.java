package io.herald.mpaas;

import io.herald.app.AppRegistry;
import io.herald.domain.app.AccessKey;
import io.herald.domain.app.App;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * What every mPaaS action does first: the call names its app with AppId and WorkspaceId (3003 if
 * either is missing), and they must be the signing AccessKey's app (8014 when they are another
 * app's, 3007 when no app has them).
 */
public abstract class MpsAction implements PopActionHandler {

    @Inject
    AppRegistry registry;

    private final String action;
    private final MpsEnvelope envelope;

    protected MpsAction(String action, MpsEnvelope envelope) {
        this.action = action;
        this.envelope = envelope;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public MpsEnvelope envelope() {
        return envelope;
    }

    @Override
    public JsonObject handle(AccessKey caller, PopRequest request, String requestId) {
        return execute(app(caller, request), request);
    }

    protected abstract JsonObject execute(App app, PopRequest request);

    private App app(AccessKey caller, PopRequest request) {
        String appId = request.get("AppId").orElseThrow(MpsError.NEED_APPID_WORKSPACEID::exception);
        String workspaceId = request.get("WorkspaceId").orElseThrow(MpsError.NEED_APPID_WORKSPACEID::exception);
        App own = caller.app();
        if (own.mpsAppId().equals(appId)) {
            if (!own.workspaceId().equals(workspaceId)) {
                throw MpsError.APPID_WRONG.exception();
            }
            return own;
        }
        throw registry.byMpsAppId(appId).isPresent() ? MpsError.ACCOUNT_NO_PERMISSION.exception() : MpsError.APPID_WRONG.exception();
    }
}
