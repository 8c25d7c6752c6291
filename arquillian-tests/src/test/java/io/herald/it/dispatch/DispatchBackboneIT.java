package io.herald.it.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.dispatch.ChannelQueues;
import io.herald.dispatch.DeadLetters;
import io.herald.dispatch.UnknownChannelException;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryStatus;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.it.support.TestDeliveries;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dispatch backbone inside the real server: batches put on a channel queue reach that channel
 * through its MDB, every outcome lands on its Delivery, and a channel that keeps failing ends in the
 * channel's dead-letter queue after the configured attempts, its Delivery marked failed.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchBackboneIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-ejb.jar")
                .addClasses(DispatchBackboneIT.class, RecordingChannel.class, RecordingDispatcher.class, Eventually.class, Herald.class, TestDeliveries.class);
        return ear;
    }

    @Inject
    TestDeliveries testData;

    @Inject
    ChannelQueues queues;

    @Inject
    RecordingChannel channel;

    @Inject
    DeadLetters redrive;

    private List<Long> enqueue(String... targets) throws Exception {
        return testData.create(Duration.ofHours(1), "recording", List.of(targets), ids -> queues.enqueue("recording", ids));
    }

    private Delivery delivery(long id) {
        return testData.find(id);
    }

    @Test
    void aBatchReachesItsChannelAndEachOutcomeIsRecorded() throws Exception {
        List<Long> ids = enqueue("device-a", "device-b", "reject-c");

        Eventually.await("all three recorded", Duration.ofSeconds(30),
                () -> ids.stream().noneMatch(id -> delivery(id).isAwaitingSend()));
        assertEquals(DeliveryStatus.SENT, delivery(ids.get(0)).status());
        assertEquals(DeliveryStatus.SENT, delivery(ids.get(1)).status());
        Delivery rejected = delivery(ids.get(2));
        assertEquals(DeliveryStatus.FAILED, rejected.status());
        assertEquals("BadDeviceToken", rejected.failureReason().orElseThrow());
        for (long id : ids) {
            assertEquals(1, channel.timesReceived(id), "a batch is handed over once");
        }
    }

    @Test
    void aChannelThatKeepsFailingEndsInTheDeadLetterQueueWithTheDeliveryFailed() throws Exception {
        List<Long> ids = enqueue("fail-x", "device-y");
        long failing = ids.get(0);
        long fine = ids.get(1);

        Eventually.await("the failing delivery given up", Duration.ofSeconds(60), () -> delivery(failing).status() == DeliveryStatus.FAILED);
        Delivery failed = delivery(failing);
        assertEquals(3, failed.attempts(), "herald.channel.recording.max-delivery-attempts is 3 on the test server");
        assertTrue(failed.failureReason().orElseThrow().startsWith("gave up after 3 attempts"), failed.failureReason().orElseThrow());
        assertEquals(3, channel.timesReceived(failing));
        assertEquals(1, channel.timesReceived(fine), "what was sent is not sent again when the batch is redelivered");
        assertEquals(DeliveryStatus.SENT, delivery(fine).status());

        Eventually.await("the batch in herald.channel.recording.dlq", Duration.ofSeconds(30), () -> deadLetters().stream()
                .anyMatch(json -> json.contains("\"deliveryIds\":[" + failing + "," + fine + "]")));

        channel.heal();
        DeadLetters.Redriven redriven = redrive.redrive("recording");
        assertEquals(new DeadLetters.Redriven(1, 1), redriven, "one batch back on the queue, its given-up delivery queued again");
        Eventually.await("the re-driven delivery sent", Duration.ofSeconds(30), () -> delivery(failing).status() == DeliveryStatus.SENT);
        assertEquals(4, channel.timesReceived(failing));
        assertEquals(1, channel.timesReceived(fine), "a re-drive does not send again what was sent");
        assertTrue(deadLetters().isEmpty());
        assertThrows(UnknownChannelException.class, () -> redrive.redrive("carrier-pigeon"));
    }

    private List<String> deadLetters() {
        try {
            InitialContext jndi = new InitialContext();
            ConnectionFactory factory = (ConnectionFactory) jndi.lookup("java:/ConnectionFactory");
            try (JMSContext jms = factory.createContext(); QueueBrowser browser = jms.createBrowser(jms.createQueue("herald.channel.recording.dlq"))) {
                List<String> bodies = new ArrayList<>();
                for (Object m : Collections.list(browser.getEnumeration())) {
                    bodies.add(((TextMessage) m).getText());
                }
                return bodies;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
