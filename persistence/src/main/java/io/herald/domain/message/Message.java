package io.herald.domain.message;

import io.herald.domain.app.App;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @Column(name = "offline_push", length = 100_000)
    private String offlinePush;

    @Column(name = "lifetime_seconds", nullable = false)
    private long lifetimeSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

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

    public Long id() {
        return id;
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

    public Optional<String> offlinePush() {
        return Optional.ofNullable(offlinePush);
    }

    public void attachOfflinePush(String notificationJson) {
        this.offlinePush = notificationJson;
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
        return !isWithdrawn() && (!isStoredForOffline() || now.isBefore(expiresAt()));
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
