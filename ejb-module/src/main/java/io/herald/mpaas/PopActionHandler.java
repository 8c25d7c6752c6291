package io.herald.mpaas;

import jakarta.json.JsonObject;

/** One POP action of the mPaaS push product; it returns the response body of a successful call. */
public interface PopActionHandler {

    String action();

    JsonObject handle(PopRequest request, String requestId);
}
