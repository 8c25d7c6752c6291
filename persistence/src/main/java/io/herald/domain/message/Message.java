package io.herald.domain.message;

import io.herald.domain.app.App;
import io.herald.domain.push.PushTask;
import io.herald.persistence.migration.V11__Delivery_and_message_sequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is sent, once, whatever the number of recipients: the payload elements (JSON, in the
 * family-neutral form both APIs translate into), its lifetime for offline storage, and the
 * notification to show when it travels through a vendor channel.
 */
@Entity
@Table(name = "message")
public class Message {

    /** No message of either family lives longer: the domain's bound for offline storage. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(7);


    /** Drawn from a sequence a hundred at a time, so that many rows go to the database in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_id")
    @SequenceGenerator(name = "message_id", sequenceName = "message_seq", allocationSize = V11__Delivery_and_message_sequences.ALLOCATION)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(name = "msg_key", nullable = false, length = 128)
    private String msgKey;

    @Column(name = "sender", length = 128)
    private String sender;

    @Column(name = "payload", nullable = false, length = 1_000_000)
    private String payload;

    /**
     * What vendor channels and SMS show for this message (Herald's channel-neutral notification, as
     * JSON), or null when it is for Herald's own channel only. The column kept its first name.
     */
    @Column(name = "offline_push", length = 100_000)
    private String notification;

    @Column(name = "lifetime_seconds", nullable = false)
    private long lifetimeSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** For a one-to-one message, the recipient's UserID; audience pushes address their task instead. */
    @Column(name = "recipient", length = 128)
    private String recipient;

    @Column(name = "sequence_no")
    private Long sequence;

    @Column(name = "random_no")
    private Long random;

    @Column(name = "custom_data", length = 100_000)
    private String customData;

    @Column(name = "in_sender_history", nullable = false)
    private boolean inSenderHistory = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "push_task_id")
    private PushTask task;

    protected Message() {
    }

    public Message(App app, String msgKey, String sender, String payload, Duration lifetime, Instant createdAt) {
        if (lifetime.isNegative()) {
            throw new IllegalArgumentException("lifetime must not be negative");
        }
        this.app = Objects.requireNonNull(app);
        this.msgKey = Objects.requireNonNull(msgKey);
        this.sender = sender;
        this.payload = Objects.requireNonNull(payload);
        this.lifetimeSeconds = lifetime.toSeconds();
        this.createdAt = createdAt;
    }

    /**
     * A one-to-one message from {@code sender} to {@code recipient}. The sequence and random number
     * are the sender's (they make up the message key); {@code inSenderHistory} false keeps it out of
     * the sender's own view of the conversation.
     */
    public static Message direct(App app, DirectAddress address, String payload, Duration lifetime, Instant sentAt) {
        Message message = new Message(app, address.key(sentAt), address.sender(), payload, lifetime, sentAt);
        message.recipient = address.recipient();
        message.sequence = address.sequence();
        message.random = address.random();
        return message;
    }

    /** A message of a push task, for one target, under the key the caller gave that target. */
    public static Message ofTask(PushTask task, App app, String msgKey, String recipient, String payload, Duration lifetime, Instant at) {
        Message message = new Message(app, msgKey, null, payload, lifetime, at);
        message.task = Objects.requireNonNull(task);
        message.recipient = recipient;
        return message;
    }

    /** The one message of a push to a selected audience, stored once for all of it under the task's id. */
    public static Message toAudience(PushTask task, App app, String sender, String payload, Duration lifetime, Instant at) {
        Message message = new Message(app, task.taskId(), sender, payload, lifetime, at);
        message.task = Objects.requireNonNull(task);
        return message;
    }

    /** Files the message under the caller's own key instead of its task's id. */
    public void keyAs(String callerKey) {
        msgKey = Objects.requireNonNull(callerKey);
    }

    public Long id() {
        return id;
    }

    public Optional<PushTask> task() {
        return Optional.ofNullable(task);
    }

    public App app() {
        return app;
    }

    public String msgKey() {
        return msgKey;
    }

    public Optional<String> sender() {
        return Optional.ofNullable(sender);
    }

    public String payload() {
        return payload;
    }

    public Optional<String> notification() {
        return Optional.ofNullable(notification);
    }

    public void attachNotification(String notificationJson) {
        this.notification = notificationJson;
    }

    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    public Optional<Long> sequence() {
        return Optional.ofNullable(sequence);
    }

    public Optional<Long> random() {
        return Optional.ofNullable(random);
    }

    public Optional<String> customData() {
        return Optional.ofNullable(customData);
    }

    public void attachCustomData(String data) {
        this.customData = data;
    }

    public boolean isInSenderHistory() {
        return inSenderHistory;
    }

    public void keepOutOfSenderHistory() {
        inSenderHistory = false;
    }

    public Duration lifetime() {
        return Duration.ofSeconds(lifetimeSeconds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A lifetime of zero means "online recipients only": it is never stored for later. */
    public boolean isStoredForOffline() {
        return lifetimeSeconds > 0;
    }

    public Instant expiresAt() {
        return createdAt.plusSeconds(lifetimeSeconds);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Still worth handing to a device: not withdrawn, and within its lifetime if it has one. */
    public boolean isDeliverableAt(Instant now) {
        return isDeliverable(isWithdrawn(), lifetimeSeconds, expiresAt(), now);
    }

    /** The rule of {@link #isDeliverableAt}, for a message read without its entity. */
    public static boolean isDeliverable(boolean withdrawn, long lifetimeSeconds, Instant expiresAt, Instant now) {
        return !withdrawn && (lifetimeSeconds <= 0 || now.isBefore(expiresAt));
    }

    /** @return false when it had already been withdrawn */
    public boolean withdraw(Instant at) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = at;
        return true;
    }
}
