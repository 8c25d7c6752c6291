package io.herald.it.dispatch;

import io.herald.channel.spi.ChannelReadiness;
import io.herald.channel.spi.DeliveryChannel;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A channel that stands for a vendor in the dispatch tests: it records what reaches it and answers
 * by target — "reject-…" is refused for good, "fail-…" fails every time until the channel is
 * healed, anything else is accepted.
 */
@ApplicationScoped
public class RecordingChannel implements DeliveryChannel {

    private final Queue<DeliveryRequest> received = new ConcurrentLinkedQueue<>();
    private volatile boolean healed;

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public List<DeliveryOutcome> deliver(List<DeliveryRequest> batch) {
        received.addAll(batch);
        return batch.stream().<DeliveryOutcome>map(r -> {
            if (r.target().startsWith("reject-")) {
                return new DeliveryOutcome.Rejected(r.deliveryId(), "BadDeviceToken");
            }
            if (r.target().startsWith("fail-") && !healed) {
                return new DeliveryOutcome.Failed(r.deliveryId(), "vendor answered 503");
            }
            return new DeliveryOutcome.Accepted(r.deliveryId());
        }).toList();
    }

    @Override
    public ChannelReadiness readiness() {
        return ChannelReadiness.fine();
    }

    /** The vendor is back: what failed before goes through now. */
    public void heal() {
        healed = true;
    }

    public long timesReceived(long deliveryId) {
        return received.stream().filter(r -> r.deliveryId() == deliveryId).count();
    }
}
