package io.herald.push;

import io.herald.dispatch.DeliveryRecall;
import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes back what a push sent, within 7 days: the messages are withdrawn (never handed over again),
 * every delivery not yet arrived is revoked before it leaves, and devices that may already show it
 * are told: through the gateway ({@link PushRevoked}) and through the vendor channels that can
 * replace a notification ({@link DeliveryRecall}).
 */
@Stateless
public class PushRevocation {

    public static final Duration WINDOW = Duration.ofDays(7);

    public enum Outcome { REVOKED, NOT_FOUND, TOO_OLD }

    @Inject
    MessageRepository messages;

    @Inject
    PushTaskRepository tasks;

    @Inject
    DeliveryRecall recall;

    @Inject
    Event<PushRevoked> revoked;

    @Inject
    Clock clock;

    /** The message a push of one of these kinds sent this target under this key. */
    public Outcome revokeMessage(App app, String msgKey, String target, Set<PushKind> kinds) {
        return messages.findPushed(app, msgKey, target, kinds)
                .map(message -> revoke(List.of(message), message.createdAt()))
                .orElse(Outcome.NOT_FOUND);
    }

    /** Every message of a task of one of these kinds; a task still running is cancelled. */
    public Outcome revokeTask(App app, String taskId, Set<PushKind> kinds) {
        PushTask task = tasks.find(app, taskId).filter(t -> kinds.contains(t.kind())).orElse(null);
        if (task == null) {
            return Outcome.NOT_FOUND;
        }
        Outcome outcome = revoke(messages.findByTask(task), task.createdAt());
        if (outcome == Outcome.REVOKED) {
            task.cancel(clock.instant());
        }
        return outcome;
    }

    private Outcome revoke(List<Message> sent, Instant sentAt) {
        Instant now = clock.instant();
        if (sentAt.plus(WINDOW).isBefore(now)) {
            return Outcome.TOO_OLD;
        }
        List<PushRevoked.RevokedDelivery> maybeOnDevices = new ArrayList<>();
        for (Message message : sent) {
            message.withdraw(now);
            String taskId = message.task().map(PushTask::taskId).orElse(null);
            for (Delivery delivery : recall.takeBack(message, now)) {
                maybeOnDevices.add(new PushRevoked.RevokedDelivery(delivery.id(), delivery.channel(), delivery.targetKind(),
                        delivery.target(), taskId, message.msgKey()));
            }
        }
        if (!sent.isEmpty()) {
            revoked.fire(new PushRevoked(sent.get(0).app().id(), maybeOnDevices));
        }
        return Outcome.REVOKED;
    }
}
