package io.herald.mpaas;

import io.herald.domain.app.AccessKey;
import jakarta.json.JsonObject;

/** One POP action of the mPaaS push product; it returns the response body of a successful call. */
public interface PopActionHandler {

    String action();

    /** The envelope this action answers in, refusals included. */
    MpsEnvelope envelope();

    /** @param caller the AccessKey that signed the call, with its app */
    JsonObject handle(AccessKey caller, PopRequest request, String requestId);
}
