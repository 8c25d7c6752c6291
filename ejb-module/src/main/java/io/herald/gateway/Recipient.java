package io.herald.gateway;

import java.util.Objects;

/** An account of an app, as deliveries and sessions are addressed. */
public record Recipient(long appId, String account) {

    public Recipient {
        Objects.requireNonNull(account);
    }
}
