package io.herald.it.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.audience.AudienceCondition;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.CredentialCipher;
import io.herald.dispatch.DeliveryBatch;
import io.herald.domain.channel.ChannelCredential;
import io.herald.domain.channel.ChannelCredentialRepository;
import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.device.Device;
import io.herald.domain.device.DeviceRepository;
import io.herald.domain.device.Platform;
import io.herald.domain.push.PushTask;
import io.herald.domain.push.PushTaskRepository;
import io.herald.it.support.Eventually;
import io.herald.it.support.Herald;
import io.herald.push.AudiencePush;
import io.herald.push.AudiencePushRequest;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fan-out stopped half-way and restarted from its checkpoint reaches every target exactly once,
 * counted where the deliveries arrive: the batches on the queue of a channel the app has
 * credentials for (a recording channel that nothing takes from).
 */
@ExtendWith(ArquillianExtension.class)
class FanOutRestartIT {

    private static final int AUDIENCE = 1000;
    private static final String CHANNEL = "recording";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(JavaArchive.class, "herald-ejb.jar").addAsManifestResource(new StringAsset(
                "herald.channels.enabled=gateway\nherald.fanout.chunk-size=10\n"), "microprofile-config.properties");
        ear.getAsType(JavaArchive.class, "herald-batch.jar").addClasses(FanOutRestartIT.class, Eventually.class, Eventually.Condition.class, Herald.class);
        return ear;
    }

    @Inject
    AppRepository apps;

    @Inject
    AccountRepository accounts;

    @Inject
    DeviceRepository devices;

    @Inject
    PushTaskRepository tasks;

    @Inject
    AudiencePush pushes;

    @Inject
    UserTransaction transaction;

    @Inject
    JMSContext jms;

    @Inject
    ChannelCredentialRepository credentials;

    @Inject
    CredentialCipher cipher;

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Test
    void aStoppedFanOutRestartsFromItsCheckpointAndDeliversExactlyOnce() throws Exception {
        String tag = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        App app = apps.findBySdkAppId(Herald.BOOTSTRAP_SDKAPPID).orElseThrow();
        if (credentials.find(app.id(), CHANNEL).isEmpty()) {
            credentials.store(new ChannelCredential(app, CHANNEL, cipher.seal("{}"), Instant.now()));
        }
        for (int i = 0; i < AUDIENCE; i++) {
            Account account = accounts.store(new Account(app, tag + "-" + i, Instant.now()));
            account.tag(List.of(tag));
            Device device = devices.store(new Device(app, tag + "-device-" + i, Platform.ANDROID, Instant.now()));
            device.reportVendorToken(CHANNEL, "vendor-token-" + i, Instant.now());
            device.bind(account.userId(), null, Instant.now());
        }
        String taskId = pushes.accept(app, new AudiencePushRequest("administrator", 42, Duration.ofMinutes(10),
                "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"once\"}}]",
                new Notification("once", "once", null, null, false, null, null, null).toJson(),
                new AudienceCondition(Set.of(tag), Set.of(), Map.of(), Map.of())));
        transaction.commit();
        long taskRowId = task(app, taskId).id();

        JobOperator operator = BatchRuntime.getJobOperator();
        Eventually.await("the fan-out under way", Duration.ofSeconds(30), () -> task(app, taskId).fannedOut() >= 100);
        long execution = execution(operator, taskRowId);
        operator.stop(execution);
        Eventually.await("the fan-out stopped", Duration.ofSeconds(30), () -> operator.getJobExecution(execution).getBatchStatus() == BatchStatus.STOPPED);
        long stoppedAt = task(app, taskId).fannedOut();
        assertTrue(stoppedAt < AUDIENCE, "stopped half-way, at " + stoppedAt);

        long restarted = operator.restart(execution, operator.getParameters(execution));
        Eventually.await("the restarted fan-out done", Duration.ofSeconds(60), () -> operator.getJobExecution(restarted).getBatchStatus() == BatchStatus.COMPLETED);
        PushTask done = task(app, taskId);
        assertEquals(AUDIENCE, done.targetCount());
        assertEquals(AUDIENCE, done.fannedOut());

        Map<Long, Integer> queued = queuedTimes(taskRowId);
        assertEquals(AUDIENCE, queued.size(), "every device of the audience has a delivery on the channel's queue");
        assertEquals(Set.of(1), Set.copyOf(queued.values()), "and each exactly once");
    }

    private PushTask task(App app, String taskId) {
        em.clear();
        return tasks.find(app, taskId).orElseThrow();
    }

    private static long execution(JobOperator operator, long taskRowId) {
        return operator.getRunningExecutions("broadcast-fanout").stream()
                .filter(id -> String.valueOf(taskRowId).equals(operator.getParameters(id).getProperty("taskRowId")))
                .findFirst().orElseThrow();
    }

    /** How many times each of the task's deliveries stands in the batches waiting on the channel's queue. */
    private Map<Long, Integer> queuedTimes(long taskRowId) throws Exception {
        Set<Long> ofTask = Set.copyOf(em.createQuery("select d.id from Delivery d where d.task.id = :task", Long.class)
                .setParameter("task", taskRowId).getResultList());
        Map<Long, Integer> times = new HashMap<>();
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue("herald.channel." + CHANNEL))) {
            List<?> messages = Collections.list(browser.getEnumeration());
            for (Object queuedMessage : messages) {
                Message message = (Message) queuedMessage;
                for (long id : DeliveryBatch.fromJson(message.getBody(String.class)).deliveryIds()) {
                    if (ofTask.contains(id)) {
                        times.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        return times;
    }
}
