package io.herald.channel.vendor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A vendor's short-lived bearer token (Huawei and Honor OAuth, OPPO auth_token, vivo authToken),
 * fetched when first needed, shared by every send until shortly before it expires, and fetched
 * again at once when the vendor says it is no longer valid. Concurrent sends share one fetch.
 */
public final class AccessToken {

    /** A token is renewed this long before the vendor says it expires. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    public record Grant(String value, Instant expiresAt) {
    }

    private final Supplier<CompletableFuture<Grant>> fetch;
    private final Clock clock;
    private Grant current;
    private CompletableFuture<Grant> fetching;

    public AccessToken(Supplier<CompletableFuture<Grant>> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    public synchronized CompletableFuture<String> get() {
        if (current != null && clock.instant().isBefore(current.expiresAt().minus(MARGIN))) {
            return CompletableFuture.completedFuture(current.value());
        }
        if (fetching == null) {
            fetching = fetch.get().whenComplete((grant, failure) -> settle(grant));
        }
        return fetching.thenApply(Grant::value);
    }

    /** The vendor refused this token: the next send fetches a new one (unless another already has). */
    public synchronized void invalidate(String token) {
        if (current != null && current.value().equals(token)) {
            current = null;
        }
    }

    private synchronized void settle(Grant grant) {
        current = grant;
        fetching = null;
    }
}
