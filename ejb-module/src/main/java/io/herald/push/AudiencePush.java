package io.herald.push;

import io.herald.audience.AudienceConditions;
import io.herald.domain.app.App;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Accepts a push to a selected audience (accounts by tags or attributes, or devices for a
 * broadcast): the task and its one message are stored, and the answer goes back at once. Selecting the audience and fanning out happen afterwards, in the
 * {@code broadcast-fanout} batch job that {@link AudiencePushAccepted} starts once this commits.
 */
@Stateless
public class AudiencePush {

    @Inject
    PushTaskRepository tasks;

    @Inject
    MessageRepository messages;

    @Inject
    Event<AudiencePushAccepted> accepted;

    @Inject
    Clock clock;

    /** @return the task id, {@code {sdkappid}_{random}_{epoch second}_{unique}} */
    public String accept(App app, AudiencePushRequest request) {
        Instant now = clock.instant();
        String taskId = app.sdkAppId() + "_" + request.random() + "_" + now.getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
        // Each entity is complete before it is stored: a change after the insert costs an UPDATE of every column.
        PushTask task = new PushTask(app, taskId, PushKind.AUDIENCE, null, AudienceConditions.toJson(request.condition()), null, now);
        task.rememberRandom(request.random());
        tasks.store(task);
        Message message = Message.toAudience(task, app, request.sender(), request.payload(), request.lifetime(), now);
        if (request.notification() != null) {
            message.attachNotification(request.notification());
        }
        messages.store(message);
        accepted.fire(new AudiencePushAccepted(task.id()));
        return taskId;
    }

    /** Accepts a broadcast to devices; its fan-out starts once this commits. @return the task id */
    public String broadcast(App app, BroadcastPushRequest request) {
        Instant now = clock.instant();
        PushTask task = new PushTask(app, TargetedPush.newTaskId(), PushKind.BROADCAST, request.name(), request.audience().toJson(), null, now);
        task.madeFromTemplate(request.template());
        tasks.store(task);
        Message message = Message.toAudience(task, app, null, request.payload(), request.lifetime(), now);
        message.keyAs(request.msgKey());
        message.attachNotification(request.notification().toJson());
        messages.store(message);
        accepted.fire(new AudiencePushAccepted(task.id()));
        return task.taskId();
    }

    /** Whether the app already sent a message under this key. */
    public boolean isKeyUsed(App app, String msgKey) {
        return messages.existsWithKey(app, msgKey);
    }

    /** The app's audience push made with this random number since then, if any. */
    public Optional<String> madeWithRandom(App app, long random, Instant since) {
        return tasks.findWithRandom(app, PushKind.AUDIENCE, random, since).map(PushTask::taskId);
    }

    /** The app's audience tasks among these ids. */
    public List<PushTask> tasks(App app, Collection<String> taskIds) {
        return tasks.findAll(app, taskIds).stream().filter(t -> t.kind() == PushKind.AUDIENCE).toList();
    }
}
