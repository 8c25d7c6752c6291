package io.herald.gateway;

import io.herald.channel.spi.ChannelReadiness;
import io.herald.channel.spi.DeliveryChannel;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code gateway} channel: writes each delivery to every session its recipient has on this
 * node. A recipient with no session here is {@link DeliveryOutcome.Waiting}: the delivery stays in
 * the offline store for the next connection. What was written is {@link DeliveryOutcome.Written}:
 * the device's acknowledgement records it, or {@link UnacknowledgedFrames} if none comes.
 */
@ApplicationScoped
public class GatewayChannel implements DeliveryChannel {

    public static final String NAME = "gateway";

    @Inject
    GatewaySessions sessions;

    @Inject
    UnacknowledgedFrames unacknowledged;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DeliveryOutcome> deliver(List<DeliveryRequest> batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
        for (DeliveryRequest request : batch) {
            String frame = GatewayFrames.delivery(request);
            boolean written = false;
            for (GatewayConnection connection : sessions.of(new Recipient(request.appId(), request.targetKind(), request.target()))) {
                written |= connection.deliver(request.deliveryId(), frame);
            }
            if (written) {
                unacknowledged.written(request.deliveryId());
                outcomes.add(new DeliveryOutcome.Written(request.deliveryId()));
            } else {
                outcomes.add(new DeliveryOutcome.Waiting(request.deliveryId()));
            }
        }
        return outcomes;
    }

    @Override
    public boolean recordsHandOverLater() {
        return true;
    }

    @Override
    public ChannelReadiness readiness() {
        return ChannelReadiness.fine();
    }
}
