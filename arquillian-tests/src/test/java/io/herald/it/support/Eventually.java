package io.herald.it.support;

import java.time.Duration;
import java.time.Instant;

/** Waits, within a bound, for something asynchronous to have happened. */
public final class Eventually {

    /** What is waited for; checking it may call the server and fail like any call. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    public static void await(String what, Duration within, Condition condition) {
        Instant deadline = Instant.now().plus(within);
        while (!check(condition)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    private static boolean check(Condition condition) {
        try {
            return condition.holds();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
