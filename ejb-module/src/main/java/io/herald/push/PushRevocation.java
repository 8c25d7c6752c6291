package io.herald.push;

import io.herald.domain.app.App;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Takes back what a push sent, within 7 days: the messages are withdrawn (never handed over again)
 * and every delivery not yet arrived is revoked before it leaves.
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
    DeliveryRepository deliveries;

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
        for (Message message : sent) {
            message.withdraw(now);
            for (Delivery delivery : deliveries.findByMessage(message)) {
                if (delivery.status().canMoveTo(DeliveryStatus.REVOKED)) {
                    delivery.revoke(now);
                }
            }
        }
        return Outcome.REVOKED;
    }
}
