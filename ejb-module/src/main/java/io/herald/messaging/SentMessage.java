package io.herald.messaging;

import java.time.Instant;

/** What the sender learns: the message key (for withdrawal) and time; {@code repeated} when it was a retry. */
public record SentMessage(String msgKey, Instant sentAt, boolean repeated) {
}
