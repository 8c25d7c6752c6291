package io.herald.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Lets the calls of many threads share transactions (group commit): a call is put in a lane and
 * waits; each lane is written by at most one task of the executor at a time, which takes what
 * gathered while its previous transaction committed (up to a batch) and hands it to the commit
 * function, which answers each call. Calls with the same lane key are written in the order they
 * came and never by two transactions at once. Only the calls waiting on this node are held here;
 * nothing outlives a call.
 *
 * @param <I> what a call asks to have written
 * @param <R> what it is answered
 */
public final class GroupCommit<I, R> {

    /** One waiting call; the commit function completes its answer. */
    public record Call<I, R>(I input, CompletableFuture<R> answer) {
    }

    private final Executor executor;
    private final int maxBatch;
    private final Consumer<List<Call<I, R>>> commit;
    private final List<Lane> lanes;

    /**
     * @param commit writes a batch and completes every call's answer; a call it leaves unanswered
     *               (because it threw, say) fails rather than waiting forever
     */
    public GroupCommit(Executor executor, int lanes, int maxBatch, Consumer<List<Call<I, R>>> commit) {
        this.executor = executor;
        this.maxBatch = Math.max(1, maxBatch);
        this.commit = commit;
        this.lanes = IntStream.range(0, Math.max(1, lanes)).mapToObj(lane -> new Lane()).toList();
    }

    /**
     * Waits until a writer has committed the input. The caller must not hold a transaction (and its
     * connection) of its own while it waits, or the writers could run out of connections.
     */
    public R submit(Object laneKey, I input) {
        Call<I, R> call = new Call<>(input, new CompletableFuture<>());
        lanes.get(Math.floorMod(laneKey.hashCode(), lanes.size())).add(call);
        try {
            return call.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Answers the calls from one transaction for all of them; when it fails, tries each call alone
     * so that one bad input fails only its own call.
     * @param together writes all the inputs, answering each in order
     */
    public static <I, R> void togetherOrAlone(List<Call<I, R>> calls, Function<List<I>, List<R>> together, Function<I, R> alone) {
        List<R> answers;
        try {
            answers = together.apply(calls.stream().map(Call::input).toList());
        } catch (RuntimeException failedTogether) {
            calls.forEach(call -> answerAlone(call, alone));
            return;
        }
        for (int i = 0; i < calls.size(); i++) {
            calls.get(i).answer().complete(answers.get(i));
        }
    }

    private static <I, R> void answerAlone(Call<I, R> call, Function<I, R> alone) {
        try {
            call.answer().complete(alone.apply(call.input()));
        } catch (RuntimeException e) {
            call.answer().completeExceptionally(e);
        }
    }

    private final class Lane {
        private final ConcurrentLinkedQueue<Call<I, R>> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean writing = new AtomicBoolean();

        void add(Call<I, R> call) {
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
                for (List<Call<I, R>> batch = take(); !batch.isEmpty(); batch = take()) {
                    try {
                        commit.accept(batch);
                    } finally {
                        // Whatever went wrong, no call waits forever; answered calls keep their answers.
                        batch.stream().filter(call -> !call.answer().isDone())
                                .forEach(call -> call.answer().completeExceptionally(new IllegalStateException("not committed")));
                    }
                }
            } finally {
                writing.set(false);
                // A call added after the last take, while this writer still ran, must not wait for the next call.
                startWriterIfNeeded();
            }
        }

        private List<Call<I, R>> take() {
            List<Call<I, R>> batch = new ArrayList<>();
            for (Call<I, R> next; batch.size() < maxBatch && (next = waiting.poll()) != null; ) {
                batch.add(next);
            }
            return batch;
        }
    }
}
