package io.herald.messaging;

import io.herald.domain.message.DirectAddress;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-to-one message as a family hands it over, already validated.
 *
 * @param sentAt        the message time (the sender's, or the time of the call)
 * @param syncToSender  also deliver it to the sender's own other devices
 * @param inSenderHistory whether the sender's view of the conversation shows it
 */
public record DirectMessageDraft(DirectAddress address, Instant sentAt, String payload, Duration lifetime,
                                 String offlinePush, String customData, boolean syncToSender, boolean inSenderHistory) {
}
