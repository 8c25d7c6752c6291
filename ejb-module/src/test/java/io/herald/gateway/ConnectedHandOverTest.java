package io.herald.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.dispatch.DeliveryCounters;
import io.herald.dispatch.DeliveryOutcomes;
import io.herald.domain.app.App;
import io.herald.domain.app.AppIdentity;
import io.herald.domain.delivery.DeliveryRepository.Queued;
import io.herald.domain.delivery.TargetKind;
import io.herald.domain.message.DirectAddress;
import io.herald.domain.message.Message;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectedHandOverTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    private final GatewaySessions sessions = new GatewaySessions();
    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final RecordingCounters counters = new RecordingCounters();
    private final Commits commits = new Commits();
    private final ConnectedHandOver handOver = new ConnectedHandOver();
    private final App app = app(7);

    @BeforeEach
    void wire() {
        sessions.maxConnectionsPerApp = 10;
        UnacknowledgedFrames unacknowledged = new UnacknowledgedFrames();
        unacknowledged.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        GatewayChannel channel = new GatewayChannel();
        channel.sessions = sessions;
        channel.unacknowledged = unacknowledged;
        handOver.sessions = sessions;
        handOver.channel = channel;
        handOver.outcomes = outcomes;
        handOver.counters = counters;
        handOver.committed = commits;
        handOver.executor = Runnable::run;
    }

    @Test
    void recipientsConnectedHereAreWrittenOnceCommittedAndTheOthersLeftToTheQueue() {
        Device alice = connect("alice");
        List<Queued> queued = List.of(new Queued(message("bob", "alice"), "alice"), new Queued(message("alice", "carol"), "carol"));

        List<Long> forTheQueue = handOver.takeConnected(TargetKind.ACCOUNT, queued, List.of(101L, 102L));

        assertEquals(List.of(102L), forTheQueue, "carol is not connected to this node");
        assertTrue(alice.frames.isEmpty(), "nothing is written before the transaction commits");
        commits.commit();
        assertEquals(1, alice.frames.size());
        assertTrue(alice.frames.get(0).contains("\"id\":101"), alice.frames.get(0));
        assertEquals(List.of("gateway sent 1"), counters.counted);
        assertTrue(outcomes.recorded.isEmpty(), "what was written is recorded by the device's acknowledgement");
    }

    @Test
    void aRecipientGoneBeforeTheCommitIsLeftWaitingForItsNextConnection() {
        Device alice = connect("alice");
        handOver.takeConnected(TargetKind.ACCOUNT, List.of(new Queued(message("bob", "alice"), "alice")), List.of(201L));

        alice.open = false;
        commits.commit();

        assertTrue(alice.frames.isEmpty());
        assertEquals(List.of(List.<DeliveryOutcome>of(new DeliveryOutcome.Waiting(201L))), outcomes.recorded);
    }

    @Test
    void nothingIsHandedOverWhenNoRecipientIsConnectedHere() {
        List<Long> forTheQueue = handOver.takeConnected(TargetKind.ACCOUNT, List.of(new Queued(message("bob", "alice"), "alice")), List.of(301L));

        assertEquals(List.of(301L), forTheQueue);
        assertTrue(commits.pending.isEmpty());
    }

    private Device connect(String account) {
        Device device = new Device();
        assertTrue(sessions.open(Recipient.account(app.id(), account), device));
        return device;
    }

    private Message message(String sender, String recipient) {
        return Message.direct(app, new DirectAddress(sender, recipient, 1, 42), "{\"MsgBody\":[]}", Duration.ofDays(7), NOW);
    }

    private static App app(long id) {
        App app = new App(new AppIdentity(1400000000L + id, "administrator", "ONEX" + id, "default"), "test", "secret", ZoneOffset.UTC, NOW);
        try {
            // As the database would on insert.
            var field = App.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(app, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return app;
    }

    /** A connected device that keeps what is written to it. */
    private static final class Device implements GatewayConnection {
        final List<String> frames = new ArrayList<>();
        boolean open = true;

        @Override
        public String id() {
            return "session-1";
        }

        @Override
        public String platform() {
            return "Android";
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public boolean send(String frame) {
            return open && frames.add(frame);
        }

        @Override
        public boolean deliver(long deliveryId, String frame) {
            return send(frame);
        }

        @Override
        public void close(int code, String reason) {
            open = false;
        }
    }

    private static final class RecordingCounters extends DeliveryCounters {
        final List<String> counted = new ArrayList<>();

        @Override
        public void count(String channel, String outcome, int deliveryCount) {
            counted.add(channel + " " + outcome + " " + deliveryCount);
        }
    }

    private static final class RecordingOutcomes extends DeliveryOutcomes {
        final List<List<DeliveryOutcome>> recorded = new ArrayList<>();

        @Override
        public int record(String channel, List<DeliveryOutcome> outcomes, boolean lastAttempt) {
            recorded.add(outcomes);
            return 0;
        }
    }

    /** The events of a transaction that has not committed yet; {@link #commit} delivers them as the container would after success. */
    private final class Commits implements Event<ConnectedHandOver.Committed> {
        final List<ConnectedHandOver.Committed> pending = new ArrayList<>();

        void commit() {
            pending.forEach(handOver::write);
            pending.clear();
        }

        @Override
        public void fire(ConnectedHandOver.Committed event) {
            pending.add(event);
        }

        @Override
        public <U extends ConnectedHandOver.Committed> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ConnectedHandOver.Committed> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ConnectedHandOver.Committed> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ConnectedHandOver.Committed> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ConnectedHandOver.Committed> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
