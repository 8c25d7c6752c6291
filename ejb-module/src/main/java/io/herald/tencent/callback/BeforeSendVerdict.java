package io.herald.tencent.callback;

import jakarta.json.JsonArray;

/**
 * What the app's backend said to a message before it was sent.
 *
 * <ul>
 * <li>{@link Allow}: send it, with the backend's MsgBody and CloudCustomData if it replaced them (else null);</li>
 * <li>{@link Refuse}: do not send it, and answer the sender this code (20006, or the app's own 120001–130000);</li>
 * <li>{@link Drop}: do not send it, but answer the sender as if it had been sent;</li>
 * <li>{@link Unanswered}: the callback failed or timed out; the app's fail-open or fail-closed setting decides.</li>
 * </ul>
 */
public sealed interface BeforeSendVerdict {

    record Allow(JsonArray replacementBody, String replacementCustomData) implements BeforeSendVerdict {
    }

    record Refuse(int code, String info) implements BeforeSendVerdict {
    }

    record Drop() implements BeforeSendVerdict {
    }

    record Unanswered(String why) implements BeforeSendVerdict {
    }
}
