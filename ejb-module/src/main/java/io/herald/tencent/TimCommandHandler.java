package io.herald.tencent;

import jakarta.json.JsonObject;

/**
 * One Tencent REST command (or a family of aliases for it). It receives the parsed body of a call
 * whose UserSig verified and whose caller is the app's admin, and returns the fields to add to the
 * OK envelope. Handlers run inside a transaction of the routing bean's, unless they say otherwise.
 */
public interface TimCommandHandler {

    boolean serves(String service, String command);

    /** The code this command answers to a caller who is not the app's admin; Tencent's differs per API group. */
    TimError notAdmin();

    JsonObject handle(TimCaller caller, TimRequest request);

    /** Whether the command runs outside a transaction, starting what it needs itself. */
    default boolean runsOutsideTransaction() {
        return false;
    }
}
