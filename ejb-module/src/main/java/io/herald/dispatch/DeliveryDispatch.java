package io.herald.dispatch;

import io.herald.channel.spi.ChannelRegistry;
import io.herald.channel.spi.DeliveryChannel;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Takes one batch through its channel. The channel call happens outside any database transaction:
 * the deliveries are read (and expired or revoked ones closed) in one transaction, the outcomes
 * recorded in another, so a slow vendor never holds a connection or a lock. A recall batch sends
 * the notices that replace revoked deliveries on devices; the deliveries stay as they are, and a
 * batch with recalls that failed for now comes back whole (a notice sent twice replaces itself).
 * <p>
 * The JMS message's transaction is suspended meanwhile: what the channel reads on the way (its
 * credentials) would otherwise join it, and acknowledging the message would become a two-phase
 * commit of the broker with the database, with a transaction log record, for every batch.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryDispatch {

    /** The broker's default too (herald.cli): both read the same properties. */
    static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 6;

    @Inject
    ChannelRegistry channels;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    Config config;

    public void dispatch(String channelName, DeliveryBatch batch, int attempt) {
        DeliveryChannel channel = channels.channel(channelName)
                .orElseThrow(() -> new IllegalStateException("no channel implementation named " + channelName));
        boolean lastAttempt = attempt >= maxDeliveryAttempts(channelName);
        int retrying;
        if (batch.purpose() == DeliveryBatch.Purpose.RECALL) {
            List<DeliveryRequest> recalls = channel.recallsByReplacement() ? outcomes.takeForRecall(channelName, batch.deliveryIds(), attempt) : List.of();
            retrying = recalls.isEmpty() ? 0 : outcomes.recordRecalls(channelName, send(channel, recalls), lastAttempt);
        } else {
            List<DeliveryRequest> requests = outcomes.takeAwaitingSend(channelName, batch.deliveryIds(), attempt);
            retrying = requests.isEmpty() ? 0 : outcomes.record(channelName, send(channel, requests), lastAttempt);
        }
        if (retrying > 0) {
            throw new ChannelRetryException(channelName, retrying, attempt, lastAttempt);
        }
    }

    private static List<DeliveryOutcome> send(DeliveryChannel channel, List<DeliveryRequest> requests) {
        try {
            return channel.deliver(requests);
        } catch (RuntimeException e) {
            return requests.stream().<DeliveryOutcome>map(r -> new DeliveryOutcome.Failed(r.deliveryId(), e.toString())).toList();
        }
    }

    int maxDeliveryAttempts(String channel) {
        return config.getOptionalValue("herald.channel." + channel + ".max-delivery-attempts", Integer.class)
                .or(() -> config.getOptionalValue("herald.channel.max-delivery-attempts", Integer.class))
                .orElse(DEFAULT_MAX_DELIVERY_ATTEMPTS);
    }
}
