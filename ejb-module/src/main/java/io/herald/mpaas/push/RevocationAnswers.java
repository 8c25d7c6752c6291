package io.herald.mpaas.push;

import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsError;
import io.herald.push.PushRevocation;
import jakarta.json.JsonObject;

/** How the revoke actions answer each outcome. */
final class RevocationAnswers {

    private RevocationAnswers() {
    }

    static JsonObject of(PushRevocation.Outcome outcome) {
        return switch (outcome) {
            case REVOKED -> MpsAnswers.pushResult("");
            case NOT_FOUND -> throw MpsError.INVALID_PARAM.exception("nothing was pushed under this id");
            case TOO_OLD -> throw MpsError.INVALID_PARAM.exception("only pushes of the last 7 days can be revoked");
        };
    }
}
