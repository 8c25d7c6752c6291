package io.herald.domain.message;

import java.time.Instant;
import java.util.Objects;

/**
 * Who a one-to-one message goes from and to, with the sender's sequence and random numbers. The
 * message key is {@code sequence_random_seconds}, the form Tencent's clients know.
 */
public record DirectAddress(String sender, String recipient, long sequence, long random) {

    public DirectAddress {
        Objects.requireNonNull(sender);
        Objects.requireNonNull(recipient);
    }

    public String key(Instant sentAt) {
        return keyOf(sequence, random, sentAt);
    }

    public static String keyOf(long sequence, long random, Instant sentAt) {
        return sequence + "_" + random + "_" + sentAt.getEpochSecond();
    }
}
