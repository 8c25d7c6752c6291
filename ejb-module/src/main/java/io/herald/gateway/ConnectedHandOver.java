package io.herald.gateway;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.dispatch.DeliveryCounters;
import io.herald.dispatch.DeliveryOutcomes;
import io.herald.domain.delivery.DeliveryRepository.Queued;
import io.herald.domain.delivery.OutgoingDelivery;
import io.herald.domain.delivery.TargetKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Writes gateway deliveries whose recipient is connected to this node straight to its sessions once
 * the transaction that queued them commits, instead of sending them through the gateway queue.
 * <p>
 * The queue makes a committed delivery survive a node that stops before writing it. For a recipient
 * connected to this node, that node's stop closes the recipient's sockets too, and the device gets
 * the delivery from the offline store when it reconnects; so the queue adds nothing here but its
 * cost. That cost, per sendmsg group commit, was a JMS message, the two-phase commit of the database
 * with the broker that the message made necessary, and the dispatcher's transaction that read the
 * rows back: a quarter to a third of the server's CPU per sendmsg call.
 */
@ApplicationScoped
public class ConnectedHandOver {

    @Inject
    GatewaySessions sessions;

    @Inject
    GatewayChannel channel;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    DeliveryCounters counters;

    @Inject
    Event<Committed> committed;

    /** Records what could not be written: not on the committing thread, whose transaction has just ended. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    Executor executor;

    /** Deliveries to write once their transaction has committed. */
    record Committed(List<DeliveryRequest> deliveries) {
    }

    /**
     * Takes, of deliveries just queued on the gateway channel in the caller's transaction, those whose
     * recipient is connected to this node, to write once that transaction commits.
     * @param ids the deliveries' ids, in the order of {@code queued}
     * @return the ids of the others, in their order, for the gateway queue
     */
    public List<Long> takeConnected(TargetKind kind, List<Queued> queued, List<Long> ids) {
        List<DeliveryRequest> connected = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < queued.size(); i++) {
            Queued delivery = queued.get(i);
            if (sessions.of(new Recipient(delivery.message().app().id(), kind, delivery.target())).isEmpty()) {
                others.add(ids.get(i));
            } else {
                connected.add(DeliveryRequest.of(OutgoingDelivery.queued(ids.get(i), delivery.message(), kind, delivery.target()), delivery.target(), 1));
            }
        }
        if (!connected.isEmpty()) {
            committed.fire(new Committed(connected));
        }
        return others;
    }

    void write(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed committed) {
        List<DeliveryOutcome> written = channel.deliver(committed.deliveries());
        if (written.stream().allMatch(DeliveryOutcome.Written.class::isInstance)) {
            counters.count(GatewayChannel.NAME, "sent", written.size());
        } else {
            // A recipient gone since the check: its deliveries wait in the offline store, or expire when for online targets only.
            executor.execute(() -> outcomes.record(GatewayChannel.NAME, written, false));
        }
    }
}
