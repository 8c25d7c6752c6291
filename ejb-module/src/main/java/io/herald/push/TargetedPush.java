package io.herald.push;

import io.herald.dispatch.ChannelQueues;
import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.gateway.GatewayChannel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Carries out a push to explicit targets in one transaction: the task, a message per target, a
 * delivery per device (on the device's vendor channel when it reported a token and the push allows
 * vendors, else on the gateway), and the delivery batches on their channel queues.
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
    ChannelQueues queues;

    @Inject
    Clock clock;

    /** @return the task id */
    public String push(App app, TargetedPushRequest request) {
        Instant now = clock.instant();
        PushTask task = tasks.store(new PushTask(app, newTaskId(), request.kind(), request.name(), request.audience(), null, now));
        task.madeFromTemplate(request.template());
        task.start(now);
        Map<String, List<Long>> byChannel = new LinkedHashMap<>();
        long count = 0;
        for (PushTarget target : request.targets()) {
            Message message = messages.store(Message.ofTask(task, app, target.msgKey(), target.address(), target.payload(), request.lifetime(), now));
            for (Device device : devicesOf(app, request.addressing(), target.address())) {
                String channel = request.gatewayOnly() || device.vendorTokens().isEmpty()
                        ? GatewayChannel.NAME : device.vendorTokens().keySet().iterator().next();
                byChannel.computeIfAbsent(channel, c -> new ArrayList<>())
                        .add(deliveries.store(Delivery.toDevice(message, task, channel, device.deliveryToken(), now)).id());
                count++;
            }
        }
        task.addTargets(count);
        byChannel.forEach((channel, ids) -> {
            for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
                queues.enqueue(channel, ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE)));
            }
        });
        task.complete(now);
        return task.taskId();
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
