package io.herald.messaging;

import io.herald.channel.vendor.VendorRouting;
import io.herald.dispatch.ChannelQueues;
import io.herald.dispatch.DeliveryRecall;
import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryRepository.Queued;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.message.DirectAddress;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.gateway.ConnectedHandOver;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.Recipient;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends, withdraws and lists one-to-one messages. A message is stored once per recipient, with a
 * delivery to the recipient (and to the sender's other devices when asked) queued on the gateway
 * channel in the same transaction (written to sessions on this node once committed, see
 * {@link ConnectedHandOver}), and, when it carries OfflinePushInfo and the recipient is not
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
    ConnectedHandOver connectedHandOver;

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
        return sendAll(app, List.of(draft)).get(0);
    }

    /**
     * Stores and queues the messages together: one batch per channel carries all their deliveries.
     * A retry of a message stored before, or of one earlier in the list, is answered with that
     * message's key and not sent again.
     * @return what each sender learns, in the order of {@code drafts}
     */
    public List<SentMessage> sendAll(App app, List<DirectMessageDraft> drafts) {
        // The answer to a retry, from the message stored before or earlier in the list. Every stored one is
        // looked up before the first write: a query after a write makes Hibernate flush what is written so far.
        Map<Retry, SentMessage> answerToRetry = new HashMap<>();
        for (DirectMessageDraft draft : drafts) {
            Retry retry = Retry.of(draft);
            if (!answerToRetry.containsKey(retry)) {
                messages.findRepeat(app, draft.address(), retry.second(), retry.second().plusSeconds(1))
                        .ifPresent(repeat -> answerToRetry.put(retry, new SentMessage(repeat.msgKey(), repeat.createdAt(), true)));
            }
        }
        Map<String, List<Long>> queued = new LinkedHashMap<>();
        List<Queued> toGateway = new ArrayList<>();
        Set<String> configuredVendors = drafts.stream().anyMatch(draft -> draft.offlinePush() != null) ? routing.configured(app) : Set.of();
        List<SentMessage> answers = new ArrayList<>(drafts.size());
        for (DirectMessageDraft draft : drafts) {
            Retry retry = Retry.of(draft);
            SentMessage repeat = answerToRetry.get(retry);
            if (repeat != null) {
                answers.add(repeat);
                continue;
            }
            Message message = store(app, draft);
            queueDeliveries(app, message, draft, configuredVendors, toGateway, queued);
            answers.add(new SentMessage(message.msgKey(), draft.sentAt(), false));
            answerToRetry.put(retry, new SentMessage(message.msgKey(), draft.sentAt(), true));
        }
        // The gateway's deliveries of all the messages in one JDBC batch, in the order of the list; those to
        // recipients connected here are written to them once committed, the others go through the queue.
        List<Long> gatewayIds = connectedHandOver.takeConnected(TargetKind.ACCOUNT, toGateway,
                deliveries.queue(null, GATEWAY, TargetKind.ACCOUNT, toGateway, clock.instant()));
        if (!gatewayIds.isEmpty()) {
            queued.put(GATEWAY, gatewayIds);
        }
        queued.forEach(queues::enqueue);
        return answers;
    }

    /**
     * The message's deliveries: to the recipient (and the sender's other devices when asked) through
     * the gateway, added to {@code toGateway}; and with OfflinePushInfo, for a recipient not
     * connected, to its vendor devices, added to {@code queued} by channel.
     */
    private void queueDeliveries(App app, Message message, DirectMessageDraft draft, Set<String> configuredVendors, List<Queued> toGateway,
            Map<String, List<Long>> queued) {
        DirectAddress address = draft.address();
        toGateway.add(new Queued(message, address.recipient()));
        if (draft.syncToSender()) {
            toGateway.add(new Queued(message, address.sender()));
        }
        if (draft.offlinePush() != null && sessions.of(Recipient.account(app.id(), address.recipient())).isEmpty()) {
            toVendorDevices(app, message, address.recipient(), configuredVendors, queued);
        }
    }

    /** What makes a message a retry of another: the same sender, recipient and random number within the same second. */
    private record Retry(String sender, String recipient, long random, Instant second) {
        static Retry of(DirectMessageDraft draft) {
            DirectAddress address = draft.address();
            return new Retry(address.sender(), address.recipient(), address.random(), draft.sentAt().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    private Message store(App app, DirectMessageDraft draft) {
        Message message = Message.direct(app, draft.address(), draft.payload(), draft.lifetime(), draft.sentAt());
        message.attachNotification(draft.offlinePush());
        message.attachCustomData(draft.customData());
        if (!draft.inSenderHistory()) {
            message.keepOutOfSenderHistory();
        }
        messages.store(message);
        return message;
    }

    /**
     * A recipient who is not connected gets the offline-push notification on each of its devices
     * that reported a token for a vendor the app has credentials for, through that vendor's channel.
     */
    private void toVendorDevices(App app, Message message, String recipient, Set<String> configured, Map<String, List<Long>> queued) {
        for (Device device : devices.findBoundWithVendorTokens(app, List.of(recipient))) {
            routing.vendorFor(device, configured).ifPresent(channel -> queued.computeIfAbsent(channel, name -> new ArrayList<>())
                    .add(deliveries.store(Delivery.toDevice(message, null, channel, device.deliveryToken(), clock.instant())).id()));
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
