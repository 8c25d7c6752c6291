package io.herald.dispatch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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

    public record Redriven(int batches, int deliveries) {
    }

    /** @throws UnknownChannelException when the channel has no dead-letter queue */
    public Redriven redrive(String channel) {
        Queue deadLetters = deadLetterQueue(channel);
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

    private static Queue deadLetterQueue(String channel) {
        try {
            return (Queue) new InitialContext().lookup(ChannelQueues.jndiName(channel) + ".dlq");
        } catch (NamingException e) {
            throw new UnknownChannelException(channel);
        }
    }
}
