package io.herald.push;

import io.herald.channel.spi.Notification;
import java.time.Duration;

/**
 * A push of one message to every device a {@link BroadcastAudience} selects, already validated by
 * its family.
 *
 * @param msgKey   the caller's unique key for the message
 * @param template the name of the template the message was made from
 * @param notification what vendor channels show devices that are not connected
 */
public record BroadcastPushRequest(String name, String template, String msgKey, String payload, Notification notification, Duration lifetime,
                                   BroadcastAudience audience) {
}
