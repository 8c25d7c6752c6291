package io.herald.messaging;

import io.herald.domain.app.App;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores the one-to-one messages of many concurrent calls in shared transactions (group commit):
 * each call waits until its message is committed and queued, so its answer means what it meant
 * before, but a burst of calls costs one transaction, one JMS batch per channel and one dispatch
 * per batch rather than one of each per call. Calls are spread over
 * {@code herald.messaging.group-commit.writers} lanes by recipient, each written by at most one
 * task of the managed executor at a time, taking what gathered while its previous transaction
 * committed: messages to one recipient are stored in the order they came, and a retry sent while
 * the first call is still waiting meets it in the same lane (and is answered with its key) rather
 * than racing it in another transaction. Only the calls waiting on this node are held here;
 * nothing outlives a call.
 */
@ApplicationScoped
public class DirectMessageGroupCommit {

    @Inject
    DirectMessaging messaging;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "herald.messaging.group-commit.writers", defaultValue = "2")
    int writers;

    /** Messages per transaction at most; more waiting is taken by the next one. */
    @Inject
    @ConfigProperty(name = "herald.messaging.group-commit.max-messages", defaultValue = "100")
    int maxMessages;

    private List<Lane> lanes;

    private record Waiting(App app, DirectMessageDraft draft, CompletableFuture<SentMessage> answer) {
    }

    @PostConstruct
    void openLanes() {
        lanes = IntStream.range(0, Math.max(1, writers)).mapToObj(lane -> new Lane()).toList();
    }

    /**
     * Stores and queues the message as {@link DirectMessaging#send} does, in a transaction shared
     * with other calls; the caller must not hold a transaction of its own while it waits.
     */
    public SentMessage send(App app, DirectMessageDraft draft) {
        Waiting call = new Waiting(app, draft, new CompletableFuture<>());
        lanes.get(Math.floorMod(Objects.hash(app.id(), draft.address().recipient()), lanes.size())).add(call);
        try {
            return call.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private final class Lane {
        private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean writing = new AtomicBoolean();

        void add(Waiting call) {
            waiting.add(call);
            try {
                startWriterIfNeeded();
            } catch (RejectedExecutionException shuttingDown) {
                if (waiting.remove(call)) {
                    throw shuttingDown;
                }
            }
        }

        private void startWriterIfNeeded() {
            if (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
                try {
                    executor.execute(this::write);
                } catch (RejectedExecutionException e) {
                    writing.set(false);
                    throw e;
                }
            }
        }

        private void write() {
            try {
                for (List<Waiting> batch = take(); !batch.isEmpty(); batch = take()) {
                    try {
                        commit(batch);
                    } finally {
                        // Whatever went wrong beyond a failed transaction, no call waits forever; answered calls keep their answers.
                        batch.forEach(call -> call.answer().completeExceptionally(new IllegalStateException("the message was not stored")));
                    }
                }
            } finally {
                writing.set(false);
                // A call added after the last take, while this writer still ran, must not wait for the next call.
                startWriterIfNeeded();
            }
        }

        private List<Waiting> take() {
            List<Waiting> batch = new ArrayList<>();
            for (Waiting next; batch.size() < maxMessages && (next = waiting.poll()) != null; ) {
                batch.add(next);
            }
            return batch;
        }
    }

    /** One transaction per app; when it fails, each of its messages is tried alone so that one bad message fails only its own call. */
    private void commit(List<Waiting> batch) {
        Map<Long, List<Waiting>> byApp = new LinkedHashMap<>();
        batch.forEach(call -> byApp.computeIfAbsent(call.app().id(), app -> new ArrayList<>()).add(call));
        for (List<Waiting> calls : byApp.values()) {
            try {
                answer(calls, messaging.sendAll(calls.get(0).app(), calls.stream().map(Waiting::draft).toList()));
            } catch (RuntimeException together) {
                calls.forEach(this::commitAlone);
            }
        }
    }

    private void commitAlone(Waiting call) {
        try {
            call.answer().complete(messaging.send(call.app(), call.draft()));
        } catch (RuntimeException e) {
            call.answer().completeExceptionally(e);
        }
    }

    private static void answer(List<Waiting> calls, List<SentMessage> sent) {
        for (int i = 0; i < calls.size(); i++) {
            calls.get(i).answer().complete(sent.get(i));
        }
    }
}
