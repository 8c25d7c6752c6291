package io.herald.gateway;

import io.herald.gateway.Receipts.Kind;
import io.herald.gateway.Receipts.Receipt;
import io.herald.platform.GroupCommit;
import io.herald.platform.GroupCommit.Call;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the receipts that arrive over gateway sessions in transactions shared between sessions
 * ({@link GroupCommit}): every delivered frame is acknowledged, so a transaction per ack would cost
 * more than the delivery. A session waits until its receipt is recorded before it reads its next
 * frame, so a device that acknowledges and reconnects is not given the message again. Lanes are
 * chosen by recipient; when a shared transaction fails, each receipt is recorded alone.
 */
@ApplicationScoped
public class ReceiptGroupCommit {

    @Inject
    Receipts receipts;

    @Inject
    UnacknowledgedFrames unacknowledged;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "herald.gateway.receipts.writers", defaultValue = "1")
    int writers;

    /** Receipts per transaction at most; more waiting is taken by the next one. */
    @Inject
    @ConfigProperty(name = "herald.gateway.receipts.max-batch", defaultValue = "200")
    int maxBatch;

    private GroupCommit<Receipt, Boolean> groupCommit;

    @PostConstruct
    void openLanes() {
        groupCommit = new GroupCommit<>(executor, writers, maxBatch, this::commit);
    }

    /** {@link Receipts#report}, in a transaction shared with other sessions' receipts. */
    public boolean report(Recipient recipient, long deliveryId, Kind kind) {
        boolean addressed = groupCommit.submit(recipient, new Receipt(recipient, deliveryId, kind));
        if (addressed) {
            unacknowledged.acknowledged(deliveryId);
        }
        return addressed;
    }

    private void commit(List<Call<Receipt, Boolean>> batch) {
        GroupCommit.togetherOrAlone(batch, receipts::reportAll, alone -> receipts.report(alone.recipient(), alone.deliveryId(), alone.kind()));
    }
}
