package io.herald.messaging;

import io.herald.domain.app.App;
import io.herald.platform.GroupCommit;
import io.herald.platform.GroupCommit.Call;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores the one-to-one messages of many concurrent calls in shared transactions (group commit):
 * each call waits until its message is committed and queued, so its answer means what it meant
 * before, but a burst of calls costs one transaction, one JMS batch per channel and one dispatch
 * per batch rather than one of each per call. Calls are spread over
 * {@code herald.messaging.group-commit.writers} lanes ({@link GroupCommit}) by recipient: messages
 * to one recipient are stored in the order they came, and a retry sent while the first call is
 * still waiting meets it in the same lane (and is answered with its key) rather than racing it in
 * another transaction.
 */
@ApplicationScoped
public class DirectMessageGroupCommit {

    @Inject
    DirectMessaging messaging;

    @Resource
    ManagedExecutorService executor;

    /**
     * One lane by default: H2's tables are copy-on-write trees whose concurrent writers redo their
     * changes when another commits first, and one writer's larger transactions also share each
     * commit among more messages. A PostgreSQL deployment on more cores may want more.
     */
    @Inject
    @ConfigProperty(name = "herald.messaging.group-commit.writers", defaultValue = "1")
    int writers;

    /** Messages per transaction at most; more waiting is taken by the next one. */
    @Inject
    @ConfigProperty(name = "herald.messaging.group-commit.max-messages", defaultValue = "100")
    int maxMessages;

    private GroupCommit<Waiting, SentMessage> groupCommit;

    private record Waiting(App app, DirectMessageDraft draft) {
    }

    private record LaneKey(long appId, String recipient) {
    }

    @PostConstruct
    void openLanes() {
        groupCommit = new GroupCommit<>(executor, writers, maxMessages, this::commit);
    }

    /**
     * Stores and queues the message as {@link DirectMessaging#send} does, in a transaction shared
     * with other calls; the caller must not hold a transaction of its own while it waits.
     */
    public SentMessage send(App app, DirectMessageDraft draft) {
        return groupCommit.submit(new LaneKey(app.id(), draft.address().recipient()), new Waiting(app, draft));
    }

    /** One transaction per app; when it fails, each of its messages is tried alone so that one bad message fails only its own call. */
    private void commit(List<Call<Waiting, SentMessage>> batch) {
        Map<Long, List<Call<Waiting, SentMessage>>> byApp = new LinkedHashMap<>();
        batch.forEach(call -> byApp.computeIfAbsent(call.input().app().id(), app -> new ArrayList<>()).add(call));
        byApp.values().forEach(calls -> GroupCommit.togetherOrAlone(calls,
                together -> messaging.sendAll(calls.get(0).input().app(), together.stream().map(Waiting::draft).toList()),
                alone -> messaging.send(alone.app(), alone.draft())));
    }
}
