/**
 * Pushes to explicit targets (users or devices), family-neutral: one task, one message per target
 * under the target's own key, one delivery per device on the channel that reaches it.
 */
package io.herald.push;
