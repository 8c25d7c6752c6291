package io.herald.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;

/** Recognises a request body that JSON-P or JSON-B could not read, however deep the container wrapped the cause. */
public final class UnreadableBody {

    private UnreadableBody() {
    }

    public static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
