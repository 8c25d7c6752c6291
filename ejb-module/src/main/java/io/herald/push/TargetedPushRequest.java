package io.herald.push;

import io.herald.domain.push.PushKind;
import java.time.Duration;
import java.util.List;

/**
 * A push to explicit targets, already validated by its family.
 *
 * @param template      the name of the template the messages were made from, or null
 * @param gatewayOnly   deliver through Herald's own channel even to devices with a vendor token
 * @param audience      the targets as the caller named them (JSON), kept on the task
 */
public record TargetedPushRequest(PushKind kind, String name, String template, Addressing addressing, List<PushTarget> targets,
                                  Duration lifetime, boolean gatewayOnly, String audience) {
}
