package io.herald.tencent;

import io.herald.domain.app.App;

/** Who a verified {@code /v4} call comes from: the app, and the identifier its UserSig was made for. */
public record TimCaller(App app, String identifier) {

    public boolean isAdmin() {
        return app.isAdmin(identifier);
    }
}
