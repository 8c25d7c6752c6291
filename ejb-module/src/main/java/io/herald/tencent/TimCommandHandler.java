package io.herald.tencent;

import io.herald.domain.app.App;
import jakarta.json.JsonObject;

/**
 * One Tencent REST command (or a family of aliases for it). The handler receives the parsed body of
 * an authenticated admin call and returns the fields to add to the OK envelope.
 */
public interface TimCommandHandler {

    boolean serves(String service, String command);

    JsonObject handle(App app, JsonObject body);
}
