package io.herald.domain.schedule;

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

/** One planned run of a schedule, with its own id (the sub-task id of a recurring push). */
@Entity
@Table(name = "scheduled_firing")
public class ScheduledFiring {

    static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private PushSchedule schedule;

    @Column(name = "unique_id", nullable = false, length = 64)
    private String uniqueId;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FiringStatus status = FiringStatus.PENDING;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "failure_reason", length = MAX_REASON_LENGTH)
    private String failureReason;

    protected ScheduledFiring() {
    }

    ScheduledFiring(PushSchedule schedule, String uniqueId, Instant plannedAt) {
        this.schedule = Objects.requireNonNull(schedule);
        this.uniqueId = Objects.requireNonNull(uniqueId);
        this.plannedAt = Objects.requireNonNull(plannedAt);
    }

    public Long id() {
        return id;
    }

    public PushSchedule schedule() {
        return schedule;
    }

    public String uniqueId() {
        return uniqueId;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public FiringStatus status() {
        return status;
    }

    public boolean isPending() {
        return status == FiringStatus.PENDING;
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    /** Whether the message would still be worth sending now: not past its planned time plus its lifetime. */
    public boolean isStillDeliverableAt(Instant now) {
        return !now.isAfter(plannedAt.plus(schedule.lifetime()));
    }

    public void executed(String createdTaskId, Instant at) {
        end(FiringStatus.EXECUTED, at);
        taskId = Objects.requireNonNull(createdTaskId);
    }

    public void failed(String reason, Instant at) {
        end(FiringStatus.FAILED, at);
        String text = reason == null ? "unknown" : reason;
        failureReason = text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }

    public void missed(Instant at) {
        end(FiringStatus.MISSED, at);
    }

    /** @return false when it was no longer pending, so nothing changed */
    public boolean cancel(Instant at) {
        if (!isPending()) {
            return false;
        }
        end(FiringStatus.CANCELLED, at);
        return true;
    }

    private void end(FiringStatus outcome, Instant at) {
        if (!isPending()) {
            throw new IllegalStateException("firing " + uniqueId + " is already " + status);
        }
        status = outcome;
        endedAt = at;
    }
}
