/**
 * Readiness: {@code /health/ready} on the management port says UP only when every check here
 * passes — schema migrated, bootstrap app present, channel queues reachable, caches running, and
 * every enabled channel able to send.
 * WildFly's MicroProfile Health does not look into EAR subdeployments, so these checks reach
 * {@code /health/ready} through {@link io.herald.shared.health.HeraldReadiness} in the EAR's library.
 */
package io.herald.platform.health;
