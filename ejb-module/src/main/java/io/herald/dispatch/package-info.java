/**
 * The dispatch backbone: delivery batches travel as JSON on one JMS queue per channel
 * ({@code herald.channel.<name>}); a thin MDB per channel hands each batch to its channel and the
 * outcome of every delivery is recorded on it. Transient failures go back to the broker, which
 * redelivers with backoff and finally moves the batch to the channel's dead-letter queue.
 */
package io.herald.dispatch;
