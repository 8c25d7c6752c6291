package io.herald.push;

import java.time.Duration;

/**
 * A push of one message to every device a {@link BroadcastAudience} selects, already validated by
 * its family.
 *
 * @param msgKey   the caller's unique key for the message
 * @param template the name of the template the message was made from
 */
public record BroadcastPushRequest(String name, String template, String msgKey, String payload, Duration lifetime, BroadcastAudience audience) {
}
