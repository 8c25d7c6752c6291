package io.herald.dispatch;

import io.herald.channel.spi.ChannelRegistry;
import io.herald.channel.spi.DeliveryChannel;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Takes back the deliveries of a message that was withdrawn (a one-to-one message) or revoked (a
 * push), in the caller's transaction: those that have not gone out never will, and for those that
 * have, each channel that can replace the notification it showed is asked to (a recall batch on its
 * queue, taken once the transaction commits). Telling connected devices is the gateway's part.
 */
@ApplicationScoped
public class DeliveryRecall {

    /** Recalls per JMS message, as for sends. */
    static final int BATCH_SIZE = 500;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ChannelRegistry channels;

    @Inject
    ChannelQueues queues;

    /**
     * @return the message's deliveries that may already be on a device: sent or arrived, not yet
     * opened or dismissed, or still queued on a channel that records its hand-overs later
     */
    public List<Delivery> takeBack(Message message, Instant now) {
        List<Delivery> mayBeShown = new ArrayList<>();
        for (Delivery delivery : deliveries.findByMessage(message)) {
            if (mayBeShown(delivery)) {
                mayBeShown.add(delivery);
            }
            if (delivery.status().canMoveTo(DeliveryStatus.REVOKED)) {
                delivery.revoke(now);
            }
        }
        Map<String, List<Long>> byChannel = mayBeShown.stream()
                .collect(Collectors.groupingBy(Delivery::channel, Collectors.mapping(Delivery::id, Collectors.toList())));
        byChannel.forEach((channel, ids) -> {
            if (channels.channel(channel).map(DeliveryChannel::recallsByReplacement).orElse(false)) {
                for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
                    queues.enqueueRecall(channel, ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE)));
                }
            }
        });
        return mayBeShown;
    }

    private boolean mayBeShown(Delivery delivery) {
        if (delivery.status() == DeliveryStatus.QUEUED) {
            return channels.channel(delivery.channel()).map(DeliveryChannel::recordsHandOverLater).orElse(false);
        }
        return !delivery.status().isFinal();
    }
}
