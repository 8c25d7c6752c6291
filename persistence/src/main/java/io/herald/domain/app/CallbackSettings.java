package io.herald.domain.app;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an app's backend hears about messages (Tencent's third-party callbacks): its URL, the token
 * requests are signed with (optional), how long a before-send callback may take, and whether a
 * callback that fails or times out stops the message (fail closed) or lets it through (fail open).
 */
public record CallbackSettings(URI url, String token, Duration timeout, boolean failClosed) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public CallbackSettings {
        Objects.requireNonNull(url);
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("callback URL must be http or https");
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("callback timeout must be between 1 ms and 30 s");
        }
    }
}
