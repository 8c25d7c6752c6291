package io.herald.domain.delivery;

import io.herald.domain.app.App;
import io.herald.domain.message.Message;
import io.herald.domain.push.PushTask;
import io.herald.persistence.migration.V11__Delivery_and_message_sequences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message on its way to one target through one channel. Its status only moves forward
 * (see {@link DeliveryStatus}); each step keeps its time, and these rows are what statistics count.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    /** Failure reasons are kept short: they are for operators, not a log. */
    static final int MAX_REASON_LENGTH = 500;

    /** Drawn from a sequence a hundred at a time, so that many rows go to the database in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_id")
    @SequenceGenerator(name = "delivery_id", sequenceName = "delivery_seq", allocationSize = V11__Delivery_and_message_sequences.ALLOCATION)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id")
    private Message message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "push_task_id")
    private PushTask task;

    @Column(nullable = false, length = 32)
    private String channel;

    /** The account's UserID for user-addressed channels, the device token for device-addressed ones. */
    @Column(nullable = false, length = 512)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 8)
    private TargetKind targetKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status = DeliveryStatus.QUEUED;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "failure_reason", length = MAX_REASON_LENGTH)
    private String failureReason;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Delivery() {
    }

    private Delivery(Message message, PushTask task, String channel, TargetKind targetKind, String target, Instant queuedAt) {
        this.message = Objects.requireNonNull(message);
        this.app = message.app();
        this.task = task;
        this.channel = Objects.requireNonNull(channel);
        this.targetKind = Objects.requireNonNull(targetKind);
        this.target = Objects.requireNonNull(target);
        this.queuedAt = queuedAt;
    }

    /** A delivery to an account (its UserID), on whichever devices it uses. */
    public static Delivery toAccount(Message message, PushTask task, String channel, String userId, Instant queuedAt) {
        return new Delivery(message, task, channel, TargetKind.ACCOUNT, userId, queuedAt);
    }

    /** A delivery to one registered device (its deliveryToken). */
    public static Delivery toDevice(Message message, PushTask task, String channel, String deliveryToken, Instant queuedAt) {
        return new Delivery(message, task, channel, TargetKind.DEVICE, deliveryToken, queuedAt);
    }

    /** An SMS to a phone number, the fallback of a push. */
    public static Delivery toPhone(Message message, PushTask task, String channel, String phoneNumber, Instant queuedAt) {
        return new Delivery(message, task, channel, TargetKind.PHONE, phoneNumber, queuedAt);
    }

    public Long id() {
        return id;
    }

    public App app() {
        return app;
    }

    public Message message() {
        return message;
    }

    public Optional<PushTask> task() {
        return Optional.ofNullable(task);
    }

    public String channel() {
        return channel;
    }

    public String target() {
        return target;
    }

    public TargetKind targetKind() {
        return targetKind;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> arrivedAt() {
        return Optional.ofNullable(arrivedAt);
    }

    /** When the user opened or ignored it. */
    public Optional<Instant> respondedAt() {
        return Optional.ofNullable(respondedAt);
    }

    /** When it failed, was revoked or expired. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public boolean isAwaitingSend() {
        return status == DeliveryStatus.QUEUED;
    }

    public void markSent(Instant at) {
        moveTo(DeliveryStatus.SENT);
        attempts++;
        sentAt = at;
    }

    public void markArrived(Instant at) {
        moveTo(DeliveryStatus.ARRIVED);
        if (sentAt == null) {
            sentAt = at;
        }
        arrivedAt = at;
    }

    public void markOpened(Instant at) {
        moveTo(DeliveryStatus.OPENED);
        respondedAt = at;
    }

    public void markIgnored(Instant at) {
        moveTo(DeliveryStatus.IGNORED);
        respondedAt = at;
    }

    /** A transient failure: the delivery stays queued for the next attempt, and the reason is kept. */
    public void recordFailedAttempt(String reason) {
        requireStatus(DeliveryStatus.QUEUED);
        attempts++;
        failureReason = truncate(reason);
    }

    public void markFailed(String reason, Instant at) {
        moveTo(DeliveryStatus.FAILED);
        failureReason = truncate(reason);
        endedAt = at;
    }

    public void revoke(Instant at) {
        moveTo(DeliveryStatus.REVOKED);
        endedAt = at;
    }

    public void expire(Instant at) {
        moveTo(DeliveryStatus.EXPIRED);
        endedAt = at;
    }

    /**
     * An operator re-drives a delivery that was given up on (its batch re-driven from the channel's
     * dead-letter queue): it is queued again with a fresh count of attempts. Only a failed delivery
     * can be; the reason of its last failure stays until it has a new outcome.
     */
    public void requeueAfterFailure() {
        requireStatus(DeliveryStatus.FAILED);
        status = DeliveryStatus.QUEUED;
        attempts = 0;
        endedAt = null;
    }

    /** A fallback that is not needed after all; the reason says why. */
    public void skip(String reason, Instant at) {
        moveTo(DeliveryStatus.SKIPPED);
        failureReason = truncate(reason);
        endedAt = at;
    }

    private void moveTo(DeliveryStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("delivery " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }

    private void requireStatus(DeliveryStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not " + expected);
        }
    }

    static String truncate(String reason) {
        String text = reason == null ? "unknown" : reason;
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }
}
