package io.herald.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.dispatch.DeliveryOutcomes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnacknowledgedFramesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");

    private final SettableClock clock = new SettableClock();
    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final UnacknowledgedFrames frames = new UnacknowledgedFrames();

    @BeforeEach
    void wire() {
        frames.clock = clock;
        frames.outcomes = outcomes;
        frames.sentAfterMillis = 2000;
    }

    @Test
    void whatIsStillUnacknowledgedAfterTheGracePeriodIsRecordedAsSentAtTheTimeItWasWritten() {
        frames.written(1);
        clock.advance(Duration.ofMillis(500));
        frames.written(2);
        frames.written(3);
        frames.acknowledged(3);

        clock.advance(Duration.ofMillis(1600));
        frames.recordOverdueAsSent();
        assertEquals(List.of(Map.of(1L, T0)), outcomes.recorded, "only the first is past its grace period");

        clock.advance(Duration.ofSeconds(1));
        frames.recordOverdueAsSent();
        assertEquals(List.of(Map.of(1L, T0), Map.of(2L, T0.plusMillis(500))), outcomes.recorded, "each once; the acknowledged one never");
    }

    @Test
    void aSecondWriteKeepsTheFirstTime() {
        frames.written(7);
        clock.advance(Duration.ofSeconds(1));
        frames.written(7);
        clock.advance(Duration.ofMillis(1500));
        frames.recordOverdueAsSent();
        assertEquals(List.of(Map.of(7L, T0)), outcomes.recorded);
    }

    @Test
    void framesWhoseRecordingFailedAreTriedAgainByTheNextSweep() {
        frames.written(5);
        clock.advance(Duration.ofSeconds(3));
        outcomes.failing = true;
        frames.recordOverdueAsSent();
        outcomes.failing = false;
        frames.recordOverdueAsSent();
        assertEquals(List.of(Map.of(5L, T0)), outcomes.recorded);
    }

    private static final class RecordingOutcomes extends DeliveryOutcomes {
        final List<Map<Long, Instant>> recorded = new ArrayList<>();
        boolean failing;

        @Override
        public void recordSent(Map<Long, Instant> writtenAt) {
            if (failing) {
                throw new IllegalStateException("the database is away");
            }
            recorded.add(Map.copyOf(writtenAt));
        }
    }

    private static final class SettableClock extends Clock {
        private Instant now = T0;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
