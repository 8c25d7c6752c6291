package io.herald.channel.vendor;

import io.herald.channel.spi.Notification;
import java.util.Map;
import java.util.Optional;

/**
 * The vendors' title and body limits (mpaas-spec §9). vivo, Honor, HarmonyOS and APNs state theirs
 * as "N CJK / 2N Latin" characters: those count a CJK character as two. A notification over a
 * limit is refused before anything is sent: vendors reject it or cut it, and neither is what the
 * sender meant. Empty titles and bodies are refused for the same reason (silent pushes excepted).
 */
public final class ContentLimits {

    /** A limit of zero means none. */
    record Limit(int title, int body, boolean cjkCountsTwice) {
    }

    static final Map<String, Limit> LIMITS = Map.of(
            "xiaomi", new Limit(50, 128, false),
            "huawei", new Limit(40, 1024, false),
            "oppo", new Limit(32, 200, false),
            "vivo", new Limit(40, 100, true),
            "honor", new Limit(60, 4096, true),
            "harmony", new Limit(60, 4096, true),
            "apns", new Limit(40, 0, true),
            "fcm", new Limit(0, 0, false));

    private ContentLimits() {
    }

    /** What is wrong with the notification for this channel, if anything. */
    public static Optional<String> violation(String channel, Notification notification) {
        Limit limit = LIMITS.get(channel);
        if (limit == null || notification.silent()) {
            return Optional.empty();
        }
        if (notification.title().isBlank() || notification.body().isBlank()) {
            return Optional.of(channel + " needs a title and a body");
        }
        if (limit.title() > 0 && length(notification.title(), limit) > limit.title()) {
            return Optional.of(channel + " allows titles of at most " + describe(limit.title(), limit));
        }
        if (limit.body() > 0 && length(notification.body(), limit) > limit.body()) {
            return Optional.of(channel + " allows bodies of at most " + describe(limit.body(), limit));
        }
        return Optional.empty();
    }

    private static String describe(int units, Limit limit) {
        return limit.cjkCountsTwice() ? units / 2 + " CJK or " + units + " Latin characters" : units + " characters";
    }

    static int length(String text, Limit limit) {
        return text.codePoints().map(c -> limit.cjkCountsTwice() && isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
    }
}
