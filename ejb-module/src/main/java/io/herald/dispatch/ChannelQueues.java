package io.herald.dispatch;

import io.herald.platform.BrokerQueues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.List;

/**
 * Puts delivery batches on their channel's queue. The send joins the caller's transaction, so a
 * batch is only visible to the dispatcher once the deliveries it names are committed.
 */
@ApplicationScoped
public class ChannelQueues {

    static final String QUEUE_PREFIX = "herald.channel.";
    static final String DEAD_LETTER_SUFFIX = ".dlq";

    @Inject
    JMSContext jms;

    @Inject
    BrokerQueues brokerQueues;

    public void enqueue(String channel, List<Long> deliveryIds) {
        enqueue(channel, deliveryIds, Duration.ZERO);
    }

    /** Puts the batch on the queue so that the channel takes it no sooner than {@code delay} from now. */
    public void enqueue(String channel, List<Long> deliveryIds, Duration delay) {
        enqueue(new DeliveryBatch(channel, deliveryIds), delay);
    }

    /** Asks the channel to take back what these deliveries showed on devices. */
    public void enqueueRecall(String channel, List<Long> deliveryIds) {
        enqueue(new DeliveryBatch(channel, deliveryIds, DeliveryBatch.Purpose.RECALL), Duration.ZERO);
    }

    public void enqueue(DeliveryBatch batch, Duration delay) {
        String channel = batch.channel();
        jms.createProducer()
                .setProperty("channel", channel)
                .setDeliveryDelay(delay.toMillis())
                .send(queue(channel), batch.toJson());
    }

    public Queue queue(String channel) {
        return brokerQueues.named(queueName(channel));
    }

    /** @throws jakarta.jms.JMSRuntimeException when the broker has no such queue */
    public Queue deadLetterQueue(String channel) {
        return brokerQueues.named(queueName(channel) + DEAD_LETTER_SUFFIX);
    }

    public static String queueName(String channel) {
        return QUEUE_PREFIX + channel;
    }
}
