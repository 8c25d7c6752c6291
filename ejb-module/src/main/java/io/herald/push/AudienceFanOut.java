package io.herald.push;

import io.herald.audience.AudienceConditions;
import io.herald.audience.AudienceIndex;
import io.herald.channel.vendor.VendorRouting;
import io.herald.dispatch.ChannelQueues;
import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryRepository.Queued;
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
import io.herald.gateway.ConnectedHandOver;
import io.herald.gateway.GatewayChannel;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.Recipient;
import io.herald.platform.Transactions;
import jakarta.ejb.Stateless;
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
import java.util.stream.Collectors;
import org.roaringbitmap.RoaringBitmap;

/**
 * The fan-out of a push to a selected audience, step by step as the {@code broadcast-fanout} job
 * runs it: the audience (accounts by tags or attributes, or the devices of a broadcast) is selected
 * and frozen once; each chunk then reaches those connected now (a gateway delivery) and, for the
 * others, their vendor devices (with offline-push information, for accounts; unless the broadcast is
 * for Herald's own channel only), each recorded under a {@link io.herald.domain.push.FanoutClaim}
 * so that nothing is delivered twice, not even after a restart. The rest are not written down at
 * all: they pull the push from its one stored message when they connect within its lifetime
 * ({@link #claimWaiting}).
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
    ConnectedHandOver connectedHandOver;

    @Inject
    ChannelQueues queues;

    @Inject
    Clock clock;

    @Inject
    VendorRouting routing;

    @Inject
    Transactions transactions;

    /** Selects and freezes the audience, once; a restarted job finds it done. @return the audience's size */
    public long select(long taskRowId) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        if (audiences.snapshot(taskRowId).isPresent()) {
            return task.targetCount();
        }
        RoaringBitmap selected = task.kind() == PushKind.BROADCAST ? devicesOf(task) : index.select(task.app(), AudienceConditions.fromJson(task.audience()));
        audiences.storeSnapshot(new AudienceSnapshot(task, AudienceIndex.serialize(selected)));
        task.selected(selected.getLongCardinality(), clock.instant());
        return selected.getLongCardinality();
    }

    private RoaringBitmap devicesOf(PushTask task) {
        BroadcastAudience audience = BroadcastAudience.fromJson(task.audience());
        Instant now = clock.instant();
        RoaringBitmap selected = new RoaringBitmap();
        devices.broadcastIds(task.app(), audience.platform(), audience.bound(), audience.unbound(), audience.boundSince(now), audience.unboundSince(now))
                .forEach(id -> selected.add((int) (long) id));
        return selected;
    }

    /**
     * Reaches the selected recipients connected to this node before the chunks walk the whole
     * audience, so that they have the push within seconds however large the audience is. Each is
     * claimed like a chunk's delivery, so the chunk that comes to it later passes it by; a restarted
     * job finds them claimed. Their deliveries are written to them once committed ({@link ConnectedHandOver}).
     * @return how many were reached
     */
    public int deliverToConnected(long taskRowId) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        Message message = messages.findByTask(task).get(0);
        Instant now = clock.instant();
        if (task.status() != PushTaskStatus.RUNNING || !message.isDeliverableAt(now)) {
            return 0;
        }
        RoaringBitmap selected = AudienceIndex.deserialize(snapshot(taskRowId));
        App app = task.app();
        TargetKind kind = task.kind() == PushKind.BROADCAST ? TargetKind.DEVICE : TargetKind.ACCOUNT;
        List<String> connected = selected.isEmpty() ? List.of() : sessions.connected(app.id(), kind);
        if (connected.isEmpty()) {
            return 0;
        }
        Map<String, Long> ordinals = kind == TargetKind.ACCOUNT ? accounts.idsByUserId(app, connected) : devices.idsByToken(app, connected);
        List<String> audience = ordinals.entrySet().stream()
                .filter(entry -> selected.contains((int) (long) entry.getValue()))
                .map(Map.Entry::getKey).toList();
        List<Queued> queued = audiences.claim(task, kind, audience).stream().map(target -> new Queued(message, target)).toList();
        enqueueInBatches(GatewayChannel.NAME, connectedHandOver.takeConnected(kind, queued, deliveries.queue(task, GatewayChannel.NAME, kind, queued, now)));
        return queued.size();
    }

    public byte[] snapshot(long taskRowId) {
        return index.snapshot(taskRowId, () -> audiences.snapshot(taskRowId).map(AudienceSnapshot::bitmap)).orElseThrow();
    }

    /** Delivers to one chunk of the audience (account ids, or device ids for a broadcast), in the chunk's transaction. */
    public void deliver(long taskRowId, List<Long> ids) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        Message message = messages.findByTask(task).get(0);
        Instant now = clock.instant();
        if (task.status() == PushTaskStatus.RUNNING && message.isDeliverableAt(now)) {
            Map<String, List<Long>> byChannel = task.kind() == PushKind.BROADCAST
                    ? toDevices(task, message, ids, now) : toAccounts(task, message, ids, now);
            byChannel.forEach(this::enqueueInBatches);
        }
        tasks.fannedOut(task, ids.size());
    }

    private void enqueueInBatches(String channel, List<Long> deliveryIds) {
        for (int from = 0; from < deliveryIds.size(); from += BATCH_SIZE) {
            queues.enqueue(channel, deliveryIds.subList(from, Math.min(deliveryIds.size(), from + BATCH_SIZE)));
        }
    }

    /** Connected accounts through the gateway; with offline-push information, the vendor devices of the others. */
    private Map<String, List<Long>> toAccounts(PushTask task, Message message, List<Long> accountIds, Instant now) {
        App app = task.app();
        List<String> online = new ArrayList<>();
        List<String> away = new ArrayList<>();
        for (String userId : accounts.userIds(accountIds)) {
            (sessions.of(Recipient.account(app.id(), userId)).isEmpty() ? away : online).add(userId);
        }
        Map<String, List<Long>> byChannel = new LinkedHashMap<>();
        byChannel.put(GatewayChannel.NAME, deliveries.queue(message, task, GatewayChannel.NAME, TargetKind.ACCOUNT,
                audiences.claim(task, TargetKind.ACCOUNT, online), now));
        if (message.notification().isPresent()) {
            toVendors(task, message, devices.vendorChannelsOfBound(app, away), byChannel, now);
        }
        return byChannel;
    }

    /** Devices connected to the gateway through it; the others through their vendor, unless the broadcast is for the gateway only. */
    private Map<String, List<Long>> toDevices(PushTask task, Message message, List<Long> deviceIds, Instant now) {
        boolean gatewayOnly = BroadcastAudience.fromJson(task.audience()).gatewayOnly();
        List<String> online = new ArrayList<>();
        Map<String, Set<String>> away = new LinkedHashMap<>();
        devices.vendorChannelsById(deviceIds).forEach((token, vendorChannels) -> {
            if (sessions.of(Recipient.device(task.app().id(), token)).isEmpty()) {
                away.put(token, vendorChannels);
            } else {
                online.add(token);
            }
        });
        Map<String, List<Long>> byChannel = new LinkedHashMap<>();
        byChannel.put(GatewayChannel.NAME, deliveries.queue(message, task, GatewayChannel.NAME, TargetKind.DEVICE,
                audiences.claim(task, TargetKind.DEVICE, online), now));
        if (!gatewayOnly) {
            toVendors(task, message, away, byChannel, now);
        }
        return byChannel;
    }

    /** @param vendorChannels the devices to reach through a vendor: the channels each has a token for, by delivery token */
    private void toVendors(PushTask task, Message message, Map<String, Set<String>> vendorChannels, Map<String, List<Long>> byChannel, Instant now) {
        Set<String> configured = routing.configured(task.app());
        Map<String, String> vendorByToken = new LinkedHashMap<>();
        vendorChannels.forEach((token, channels) -> routing.vendorFor(channels, configured).ifPresent(vendor -> vendorByToken.put(token, vendor)));
        Map<String, List<String>> claimedByVendor = audiences.claim(task, TargetKind.DEVICE, List.copyOf(vendorByToken.keySet())).stream()
                .collect(Collectors.groupingBy(vendorByToken::get, LinkedHashMap::new, Collectors.toList()));
        claimedByVendor.forEach((vendor, tokens) -> byChannel.put(vendor, deliveries.queue(message, task, vendor, TargetKind.DEVICE, tokens, now)));
    }

    public void finish(long taskRowId) {
        PushTask task = tasks.find(taskRowId).orElseThrow();
        if (task.status() == PushTaskStatus.RUNNING) {
            task.complete(clock.instant());
        }
    }

    /**
     * Gives a connecting recipient the pushes it has not had: all-member pushes for an account,
     * broadcasts for a device, still within their lifetime, whose frozen audience holds it. Each is
     * claimed in a transaction of its own, so a fan-out claiming the same at the same moment costs
     * one of them only that claim.
     */
    public void claimWaiting(Recipient recipient) {
        Instant now = clock.instant();
        PushKind kind = recipient.kind() == TargetKind.ACCOUNT ? PushKind.AUDIENCE : PushKind.BROADCAST;
        List<Message> stored = messages.storedForPull(recipient.appId(), kind, now.minus(Message.MAX_LIFETIME)).stream()
                .filter(m -> m.isDeliverableAt(now))
                .filter(m -> m.task().map(t -> t.status() == PushTaskStatus.RUNNING || t.status() == PushTaskStatus.COMPLETED).orElse(false))
                .toList();
        if (stored.isEmpty()) {
            return;
        }
        App app = stored.get(0).app();
        Optional<Long> ordinal = recipient.kind() == TargetKind.ACCOUNT
                ? accounts.find(app, recipient.address()).map(Account::id)
                : devices.findByToken(app, recipient.address()).map(Device::id);
        if (ordinal.isEmpty()) {
            return;
        }
        for (Message message : stored) {
            PushTask task = message.task().orElseThrow();
            if (AudienceIndex.holds(snapshot(task.id()), ordinal.get())) {
                try {
                    transactions.requiresNew(() -> claimForConnection(message.id(), recipient.kind(), recipient.address()));
                } catch (RuntimeException alreadyClaimed) {
                    LOG.log(Level.FINE, "push {0} was claimed for {1} by the fan-out meanwhile", new Object[] {task.taskId(), recipient.address()});
                }
            }
        }
    }

    private void claimForConnection(long messageId, TargetKind kind, String target) {
        Message message = messages.find(messageId).orElseThrow();
        PushTask task = message.task().orElseThrow();
        deliveries.queue(message, task, GatewayChannel.NAME, kind, audiences.claim(task, kind, List.of(target)), clock.instant());
    }
}
