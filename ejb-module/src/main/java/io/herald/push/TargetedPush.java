package io.herald.push;

import io.herald.channel.spi.ChannelNames;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.VendorRouting;
import io.herald.dispatch.ChannelQueues;
import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryRepository.Queued;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.gateway.ConnectedHandOver;
import io.herald.gateway.GatewayChannel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out a push to explicit targets in one transaction: the task, a message per target, a
 * delivery per device (on the device's vendor channel when it reported a token for a vendor the app
 * has credentials for and the push allows vendors, else on the gateway), the SMS a push asks for
 * (to the phone number bound with the target's devices; concurrent ones queued with the push,
 * supplementary ones taken after {@code herald.sms.supplement-window-seconds}), and the delivery
 * batches on their channel queues; gateway deliveries to devices connected to this node are written
 * to them once committed instead ({@link ConnectedHandOver}).
 */
@Stateless
public class TargetedPush {

    /** Deliveries per JMS message: a few hundred, not one each. */
    static final int BATCH_SIZE = 500;

    @Inject
    PushTaskRepository tasks;

    @Inject
    MessageRepository messages;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeviceRepository devices;

    @Inject
    ConnectedHandOver connectedHandOver;

    @Inject
    ChannelQueues queues;

    @Inject
    VendorRouting routing;

    @Inject
    Clock clock;

    /** How long a supplementary SMS waits for the push to arrive before it is sent. */
    @Inject
    @ConfigProperty(name = "herald.sms.supplement-window-seconds", defaultValue = "300")
    long supplementWindowSeconds;

    /** @return the task id */
    public String push(App app, TargetedPushRequest request) {
        Instant now = clock.instant();
        PushTask task = tasks.store(new PushTask(app, newTaskId(), request.kind(), request.name(), request.audience(), null, now));
        task.madeFromTemplate(request.template());
        task.start(now);
        Set<String> vendors = request.gatewayOnly() ? Set.of() : routing.configured(app);
        // Every device is looked up before anything is written: each query would otherwise flush and
        // dirty-check all the rows written so far, which grows with the square of the targets.
        Map<String, List<Long>> byChannel = new LinkedHashMap<>();
        List<Queued> toGateway = new ArrayList<>();
        List<Long> gatewayIds = new ArrayList<>();
        Map<Notification.SmsStrategy, List<Long>> texts = new EnumMap<>(Notification.SmsStrategy.class);
        long count = 0;
        List<List<Device>> devicesOfTargets = request.targets().stream().map(t -> devicesOf(app, request.addressing(), t.address())).toList();
        for (int i = 0; i < request.targets().size(); i++) {
            PushTarget target = request.targets().get(i);
            List<Device> targetDevices = devicesOfTargets.get(i);
            Message message = Message.ofTask(task, app, target.msgKey(), target.address(), target.payload(), request.lifetime(), now);
            message.attachNotification(target.notification().toJson());
            messages.store(message);
            for (Device device : targetDevices) {
                String channel = routing.vendorFor(device, vendors).orElse(GatewayChannel.NAME);
                long id = deliveries.store(Delivery.toDevice(message, task, channel, device.deliveryToken(), now)).id();
                if (channel.equals(GatewayChannel.NAME)) {
                    toGateway.add(new Queued(message, device.deliveryToken()));
                    gatewayIds.add(id);
                } else {
                    byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(id);
                }
                count++;
            }
            Notification.Sms sms = target.notification().sms();
            if (sms != null) {
                targetDevices.stream().map(Device::phoneNumber).flatMap(Optional::stream).findFirst().ifPresent(phone ->
                        texts.computeIfAbsent(sms.strategy(), s -> new ArrayList<>())
                                .add(deliveries.store(Delivery.toPhone(message, task, ChannelNames.SMS, phone, now)).id()));
            }
        }
        task.addTargets(count);
        byChannel.put(GatewayChannel.NAME, connectedHandOver.takeConnected(TargetKind.DEVICE, toGateway, gatewayIds));
        byChannel.forEach((channel, ids) -> enqueue(channel, ids, Duration.ZERO));
        texts.forEach((strategy, ids) -> enqueue(ChannelNames.SMS, ids,
                strategy == Notification.SmsStrategy.SUPPLEMENT ? Duration.ofSeconds(supplementWindowSeconds) : Duration.ZERO));
        task.complete(now);
        return task.taskId();
    }

    private void enqueue(String channel, List<Long> ids, Duration delay) {
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            queues.enqueue(channel, ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE)), delay);
        }
    }

    /**
     * A task id of 18 decimal digits: Alibaba's SDK models read task ids as numbers (Java long), so
     * they must parse as one.
     */
    static String newTaskId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L));
    }

    private List<Device> devicesOf(App app, Addressing addressing, String address) {
        if (addressing == Addressing.USER) {
            return devices.findBoundTo(app, address);
        }
        return devices.findByToken(app, address).filter(d -> addressing.platform().filter(p -> p == d.platform()).isPresent())
                .map(List::of).orElse(List.of());
    }
}
