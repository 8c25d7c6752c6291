package io.herald.push;

import io.herald.audience.AudienceConditions;
import io.herald.audience.AudienceIndex;
import io.herald.dispatch.ChannelQueues;
import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.AudienceRepository;
import io.herald.domain.push.AudienceSnapshot;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.domain.push.PushTaskStatus;
import io.herald.gateway.GatewayChannel;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.Recipient;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.roaringbitmap.RoaringBitmap;

/**
 * The fan-out of a push to a selected audience, step by step as the {@code broadcast-fanout} job
 * runs it: the audience is selected and frozen once; each chunk of account ids then reaches the
 * accounts connected now (a gateway delivery) and, when the push has offline-push information, the
 * vendor devices of those that are not (a delivery per device), each recorded under a
 * {@link io.herald.domain.push.FanoutClaim} so that nothing is delivered twice, not even after a
 * restart. Accounts that are neither are not written down at all: they pull the push from its one
 * stored message when they connect within its lifetime ({@link #claimWaiting}).
 */
@Stateless
public class AudienceFanOut {

    private static final Logger LOG = Logger.getLogger(AudienceFanOut.class.getName());

    /** Deliveries per JMS message. */
    static final int BATCH_SIZE = 500;

    @Inject
    PushTaskRepository tasks;

    @Inject
    MessageRepository messages;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AccountRepository accounts;

    @Inject
    DeviceRepository devices;

    @Inject
    AudienceRepository audiences;

    @Inject
    AudienceIndex index;

    @Inject
    GatewaySessions sessions;

    @Inject
    ChannelQueues queues;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Selects and freezes the audience, once; a restarted job finds it done. @return the audience's size */
    public long select(long taskRowId) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        if (audiences.snapshot(taskRowId).isPresent()) {
            return task.targetCount();
        }
        RoaringBitmap selected = index.select(task.app(), AudienceConditions.fromJson(task.audience()));
        audiences.storeSnapshot(new AudienceSnapshot(task, AudienceIndex.serialize(selected)));
        task.selected(selected.getLongCardinality(), clock.instant());
        return selected.getLongCardinality();
    }

    public byte[] snapshot(long taskRowId) {
        return index.snapshot(taskRowId, () -> audiences.snapshot(taskRowId).map(AudienceSnapshot::bitmap)).orElseThrow();
    }

    /** Delivers to one chunk of the audience, in the chunk's transaction. */
    public void deliver(long taskRowId, List<Long> accountIds) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        Message message = messages.findByTask(task).get(0);
        Instant now = clock.instant();
        if (task.status() == PushTaskStatus.RUNNING && message.isDeliverableAt(now)) {
            App app = task.app();
            List<String> online = new ArrayList<>();
            List<String> away = new ArrayList<>();
            for (Account account : accounts.byIds(accountIds)) {
                (sessions.of(Recipient.account(app.id(), account.userId())).isEmpty() ? away : online).add(account.userId());
            }
            Map<String, List<Long>> byChannel = new LinkedHashMap<>();
            Set<String> claimedAccounts = audiences.claimed(task, TargetKind.ACCOUNT, online);
            for (String userId : online) {
                if (!claimedAccounts.contains(userId)) {
                    audiences.claim(task, TargetKind.ACCOUNT, userId);
                    byChannel.computeIfAbsent(GatewayChannel.NAME, c -> new ArrayList<>())
                            .add(deliveries.store(Delivery.toAccount(message, task, GatewayChannel.NAME, userId, now)).id());
                }
            }
            if (message.offlinePush().isPresent()) {
                List<Device> vendorDevices = devices.findBoundWithVendorTokens(app, away);
                Set<String> claimedDevices = audiences.claimed(task, TargetKind.DEVICE, vendorDevices.stream().map(Device::deliveryToken).toList());
                for (Device device : vendorDevices) {
                    if (!claimedDevices.contains(device.deliveryToken())) {
                        String channel = device.vendorTokens().keySet().iterator().next();
                        audiences.claim(task, TargetKind.DEVICE, device.deliveryToken());
                        byChannel.computeIfAbsent(channel, c -> new ArrayList<>())
                                .add(deliveries.store(Delivery.toDevice(message, task, channel, device.deliveryToken(), now)).id());
                    }
                }
            }
            byChannel.forEach((channel, ids) -> {
                for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
                    queues.enqueue(channel, ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE)));
                }
            });
        }
        if (task.status() == PushTaskStatus.RUNNING) {
            task.fannedOut(accountIds.size());
        }
    }

    public void finish(long taskRowId) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        if (task.status() == PushTaskStatus.RUNNING) {
            task.complete(clock.instant());
        }
    }

    /**
     * Gives a connecting account the audience pushes it has not had: those still within their
     * lifetime whose frozen audience holds it. Each is claimed in a transaction of its own, so a
     * fan-out claiming the same at the same moment costs one of them only that claim.
     */
    public void claimWaiting(long appId, String userId) {
        Instant now = clock.instant();
        List<Message> stored = messages.storedForPull(appId, PushKind.AUDIENCE, now.minus(Message.MAX_LIFETIME)).stream()
                .filter(m -> m.isDeliverableAt(now))
                .filter(m -> m.task().map(t -> t.status() == PushTaskStatus.RUNNING || t.status() == PushTaskStatus.COMPLETED).orElse(false))
                .toList();
        if (stored.isEmpty()) {
            return;
        }
        Optional<Account> account = accounts.find(stored.get(0).app(), userId);
        if (account.isEmpty()) {
            return;
        }
        AudienceFanOut self = context.getBusinessObject(AudienceFanOut.class);
        for (Message message : stored) {
            PushTask task = message.task().orElseThrow();
            boolean selected = AudienceIndex.holds(snapshot(task.id()), account.get().id());
            if (selected && audiences.claimed(task, TargetKind.ACCOUNT, List.of(userId)).isEmpty()) {
                try {
                    self.claimForConnection(message.id(), userId);
                } catch (RuntimeException alreadyClaimed) {
                    LOG.log(Level.FINE, "audience push {0} was claimed for {1} by the fan-out meanwhile", new Object[] {task.taskId(), userId});
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claimForConnection(long messageId, String userId) {
        Message message = messages.find(messageId).orElseThrow();
        PushTask task = message.task().orElseThrow();
        audiences.claim(task, TargetKind.ACCOUNT, userId);
        audiences.flush();
        deliveries.store(Delivery.toAccount(message, task, GatewayChannel.NAME, userId, clock.instant()));
    }
}
