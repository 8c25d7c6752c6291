package io.herald.messaging;

import io.herald.channel.vendor.VendorRouting;
import io.herald.dispatch.ChannelQueues;
import io.herald.dispatch.DeliveryRecall;
import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.message.DirectAddress;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.Recipient;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends, withdraws and lists one-to-one messages. A message is stored once per recipient, with a
 * delivery to the recipient (and to the sender's other devices when asked) queued on the gateway
 * channel in the same transaction, and, when it carries OfflinePushInfo and the recipient is not
 * connected, one to each of the recipient's vendor devices.
 */
@Stateless
public class DirectMessaging {

    /** The channel that reaches an account's connected devices. */
    public static final String GATEWAY = "gateway";

    @Inject
    MessageRepository messages;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ChannelQueues queues;

    @Inject
    DeliveryRecall recall;

    @Inject
    DeviceRepository devices;

    @Inject
    GatewaySessions sessions;

    @Inject
    VendorRouting routing;

    @Inject
    Clock clock;

    @Inject
    Event<MessageWithdrawn> withdrawals;

    /**
     * Stores and queues the message. The same sender, recipient and random number within the same
     * second is a retry: the first message's key is answered and nothing is sent again.
     */
    public SentMessage send(App app, DirectMessageDraft draft) {
        Instant sentAt = draft.sentAt();
        Instant second = sentAt.truncatedTo(ChronoUnit.SECONDS);
        DirectAddress address = draft.address();
        Optional<Message> repeat = messages.findRepeat(app, address, second, second.plusSeconds(1));
        if (repeat.isPresent()) {
            return new SentMessage(repeat.get().msgKey(), repeat.get().createdAt(), true);
        }
        Message message = Message.direct(app, address, draft.payload(), draft.lifetime(), sentAt);
        message.attachNotification(draft.offlinePush());
        message.attachCustomData(draft.customData());
        if (!draft.inSenderHistory()) {
            message.keepOutOfSenderHistory();
        }
        messages.store(message);
        List<Long> queued = new ArrayList<>();
        queued.add(deliveries.store(Delivery.toAccount(message, null, GATEWAY, address.recipient(), clock.instant())).id());
        if (draft.syncToSender()) {
            queued.add(deliveries.store(Delivery.toAccount(message, null, GATEWAY, address.sender(), clock.instant())).id());
        }
        queues.enqueue(GATEWAY, queued);
        if (draft.offlinePush() != null && sessions.of(Recipient.account(app.id(), address.recipient())).isEmpty()) {
            toVendorDevices(app, message, address.recipient());
        }
        return new SentMessage(message.msgKey(), sentAt, false);
    }

    /**
     * A recipient who is not connected gets the offline-push notification on each of its devices
     * that reported a token for a vendor the app has credentials for, through that vendor's channel.
     */
    private void toVendorDevices(App app, Message message, String recipient) {
        Set<String> configured = routing.configured(app);
        for (Device device : devices.findBoundWithVendorTokens(app, List.of(recipient))) {
            routing.vendorFor(device, configured).ifPresent(channel -> queues.enqueue(channel,
                    List.of(deliveries.store(Delivery.toDevice(message, null, channel, device.deliveryToken(), clock.instant())).id())));
        }
    }

    /** Messages on their way to the account's devices that have not arrived yet. */
    public long notArrivedCount(App app, String account) {
        return deliveries.countNotArrived(app.id(), TargetKind.ACCOUNT, GATEWAY, account);
    }

    /**
     * Withdraws the message for good: it is never delivered afterwards, deliveries still on their way
     * are revoked, and (once this commits) devices that have it are told to remove it.
     */
    public WithdrawOutcome withdraw(App app, String sender, String recipient, String msgKey) {
        Optional<Message> found = messages.findDirect(app, sender, recipient, msgKey);
        if (found.isEmpty()) {
            return WithdrawOutcome.NOT_FOUND;
        }
        Message message = found.get();
        Instant now = clock.instant();
        if (!message.withdraw(now)) {
            return WithdrawOutcome.ALREADY_WITHDRAWN;
        }
        recall.takeBack(message, now);
        withdrawals.fire(new MessageWithdrawn(app.id(), sender, recipient, msgKey));
        return WithdrawOutcome.WITHDRAWN;
    }

    /**
     * One page of the conversation between {@code owner} and {@code peer} as the owner sees it,
     * newest first, from {@code from} (inclusive) to {@code to} (exclusive), continuing below the
     * message whose key is {@code afterKey} when one is given.
     */
    public List<Message> history(App app, String owner, String peer, Instant from, Instant to, String afterKey, int limit) {
        Message after = afterKey == null ? null
                : messages.findDirect(app, owner, peer, afterKey).or(() -> messages.findDirect(app, peer, owner, afterKey)).orElse(null);
        return messages.conversation(app, owner, peer, from, to, after, limit);
    }
}
