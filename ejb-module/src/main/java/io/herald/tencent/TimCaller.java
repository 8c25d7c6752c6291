package io.herald.tencent;

import io.herald.domain.app.App;

/** Who a verified {@code /v4} call comes from: the app, the identifier its UserSig was made for, and the client's address. */
public record TimCaller(App app, String identifier, String clientIp) {

    public boolean isAdmin() {
        return app.isAdmin(identifier);
    }
}
