package io.herald.domain.push;

import io.herald.domain.app.App;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One push request as the caller sees it: its kind, its audience (explicit targets or a condition),
 * its strategy (now, at a time, recurring), its progress and its counts. Its messages point to it. Both families report on it:
 * the Tencent push report by TaskId, the mPaaS statistics by task id.
 */
@Entity
@Table(name = "push_task")
public class PushTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(name = "task_id", nullable = false, unique = true, length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PushKind kind;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "template_name", length = 200)
    private String templateName;

    @Column(name = "audience", nullable = false, length = 100_000)
    private String audience;

    @Column(name = "strategy", length = 4_000)
    private String strategy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PushTaskStatus status = PushTaskStatus.PENDING;

    @Column(name = "target_count", nullable = false)
    private long targetCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The caller's random number, by which repeated calls are recognised. */
    @Column(name = "message_random")
    private Long messageRandom;

    /** How many of the audience the fan-out has gone through. */
    @Column(name = "fanned_out", nullable = false)
    private long fannedOut;

    protected PushTask() {
    }

    public PushTask(App app, String taskId, PushKind kind, String name, String audience, String strategy, Instant createdAt) {
        this.app = Objects.requireNonNull(app);
        this.taskId = Objects.requireNonNull(taskId);
        this.kind = Objects.requireNonNull(kind);
        this.name = name;
        this.audience = Objects.requireNonNull(audience);
        this.strategy = strategy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public App app() {
        return app;
    }

    public String taskId() {
        return taskId;
    }

    public PushKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Optional<String> templateName() {
        return Optional.ofNullable(templateName);
    }

    public void madeFromTemplate(String template) {
        templateName = template;
    }

    public String audience() {
        return audience;
    }

    public String strategy() {
        return strategy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PushTaskStatus status() {
        return status;
    }

    public long targetCount() {
        return targetCount;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public void rememberRandom(long random) {
        messageRandom = random;
    }

    /** The audience was selected (its snapshot stored apart): the task starts with that many targets. */
    public void selected(long size, Instant at) {
        start(at);
        targetCount = size;
    }

    public long fannedOut() {
        return fannedOut;
    }

    public void start(Instant at) {
        requireStatus(PushTaskStatus.PENDING);
        status = PushTaskStatus.RUNNING;
        startedAt = at;
    }

    public void addTargets(long count) {
        requireStatus(PushTaskStatus.RUNNING);
        targetCount += count;
    }

    public void complete(Instant at) {
        requireStatus(PushTaskStatus.RUNNING);
        status = PushTaskStatus.COMPLETED;
        finishedAt = at;
    }

    public void fail(Instant at) {
        requireStatus(PushTaskStatus.RUNNING);
        status = PushTaskStatus.FAILED;
        finishedAt = at;
    }

    /** Only what has not finished can be cancelled. */
    public boolean cancel(Instant at) {
        if (status != PushTaskStatus.PENDING && status != PushTaskStatus.RUNNING) {
            return false;
        }
        status = PushTaskStatus.CANCELLED;
        finishedAt = at;
        return true;
    }

    private void requireStatus(PushTaskStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("push task " + taskId + " is " + status + ", not " + expected);
        }
    }
}
