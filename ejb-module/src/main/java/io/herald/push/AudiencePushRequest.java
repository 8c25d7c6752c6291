package io.herald.push;

import io.herald.audience.AudienceCondition;
import java.time.Duration;

/**
 * A push to every account, or to those a condition selects, already validated by its family.
 *
 * @param payload     the message, as the family delivers it to devices
 * @param notification what vendor channels show users who are offline (notification JSON), or null
 * @param random      the caller's random number, by which a repeated call is recognised
 */
public record AudiencePushRequest(String sender, long random, Duration lifetime, String payload, String notification, AudienceCondition condition) {
}
