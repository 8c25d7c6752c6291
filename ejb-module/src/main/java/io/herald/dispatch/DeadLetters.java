package io.herald.dispatch;

import io.herald.channel.spi.ChannelRegistry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;

/**
 * Re-drives a channel's dead-letter queue once the cause is fixed (a vendor back, credentials
 * corrected): each dead-lettered batch goes back on the channel's queue, and its deliveries that
 * were given up on, and are still within their message's lifetime, are queued again. Taking the
 * batch off the dead-letter queue, reopening its deliveries and queueing it again is one
 * transaction. Moving the messages with the broker's own tools alone would not do: the deliveries
 * would stay failed and the channel would skip them.
 */
@Stateless
public class DeadLetters {

    /** Batches per call, so that one call stays one transaction of bounded size. */
    static final int MAX_BATCHES = 500;
    static final long RECEIVE_TIMEOUT_MS = 200;

    @Inject
    JMSContext jms;

    @Inject
    ChannelQueues queues;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    ChannelRegistry channels;

    public record Redriven(int batches, int deliveries) {
    }

    /** @throws UnknownChannelException when Herald has no such channel */
    public Redriven redrive(String channel) {
        if (channels.channel(channel).isEmpty()) {
            throw new UnknownChannelException(channel);
        }
        Queue deadLetters = queues.deadLetterQueue(channel);
        int batches = 0;
        int deliveries = 0;
        try (JMSConsumer consumer = jms.createConsumer(deadLetters)) {
            Message message;
            while (batches < MAX_BATCHES && (message = consumer.receive(RECEIVE_TIMEOUT_MS)) != null) {
                DeliveryBatch batch = DeliveryBatch.fromJson(((TextMessage) message).getText());
                if (batch.purpose() == DeliveryBatch.Purpose.SEND) {
                    deliveries += outcomes.requeueFailed(batch.deliveryIds());
                }
                queues.enqueue(batch, Duration.ZERO);
                batches++;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not read the dead-letter queue of " + channel, e);
        }
        return new Redriven(batches, deliveries);
    }
}
