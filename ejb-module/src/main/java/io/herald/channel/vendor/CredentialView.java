package io.herald.channel.vendor;

import java.time.Instant;
import java.util.List;

/** What the admin API shows of a channel's credentials: which fields are set, never their values. */
public record CredentialView(String channel, int version, Instant updatedAt, List<String> fields) {
}
