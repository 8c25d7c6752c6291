/**
 * The {@code broadcast-fanout} Jakarta Batch job: select and freeze a push's audience, deliver to it
 * in checkpointed chunks of account ids, and mark the push done. A stopped or failed execution is
 * restarted from its last checkpoint (console, CLI, or Herald at start-up), and the push's fan-out
 * claims make sure no target gets it twice.
 */
package io.herald.fanout;
