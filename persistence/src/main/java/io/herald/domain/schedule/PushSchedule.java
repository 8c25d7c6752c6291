package io.herald.domain.schedule;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A push to be carried out later: once at a fixed time, or at every occurrence of a
 * {@link Recurrence}. It keeps the request as its API family stored it (the family runs it when a
 * firing is due, exactly as it runs an immediate push) and a summary for listings.
 */
@Entity
@Table(name = "push_schedule")
public class PushSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(name = "unique_id", nullable = false, length = 64)
    private String uniqueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PushKind kind;

    @Column(nullable = false)
    private boolean recurring;

    @Column(name = "delivery_type", nullable = false)
    private int deliveryType;

    @Column(length = 1000)
    private String title;

    @Column(length = 4000)
    private String content;

    @Column(name = "push_request", nullable = false, length = 200_000)
    private String pushRequest;

    @Column(name = "lifetime_seconds", nullable = false)
    private long lifetimeSeconds;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle", length = 8)
    private Recurrence.Cycle cycle;

    @Column(name = "cycle_days", length = 200)
    private String cycleDays;

    @Column(name = "time_of_day")
    private LocalTime timeOfDay;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("plannedAt")
    private List<ScheduledFiring> firings = new ArrayList<>();

    /** What is pushed, as listings show it. */
    public record Summary(PushKind kind, int deliveryType, String title, String content) {
    }

    protected PushSchedule() {
    }

    private PushSchedule(App app, String uniqueId, Summary summary, String pushRequest, Duration lifetime, Instant createdAt) {
        this.app = Objects.requireNonNull(app);
        this.uniqueId = Objects.requireNonNull(uniqueId);
        this.kind = summary.kind();
        this.deliveryType = summary.deliveryType();
        this.title = summary.title();
        this.content = summary.content();
        this.pushRequest = Objects.requireNonNull(pushRequest);
        this.lifetimeSeconds = lifetime.toSeconds();
        this.createdAt = createdAt;
    }

    /** A push at one time; its firing has the schedule's own id. */
    public static PushSchedule fixed(App app, String uniqueId, Summary summary, String pushRequest, Duration lifetime, Instant at, Instant createdAt) {
        if (!at.isAfter(createdAt)) {
            throw new IllegalArgumentException("the time of a scheduled push must be in the future");
        }
        PushSchedule schedule = new PushSchedule(app, uniqueId, summary, pushRequest, lifetime, createdAt);
        schedule.firings.add(new ScheduledFiring(schedule, uniqueId, at));
        return schedule;
    }

    /** A push at every occurrence of the recurrence after now; each firing gets an id from {@code subIds}. */
    public static PushSchedule recurring(App app, String uniqueId, Summary summary, String pushRequest, Duration lifetime,
                                         Recurrence recurrence, Supplier<String> subIds, Instant createdAt) {
        List<Instant> times = recurrence.firingsAfter(createdAt, app.timeZone());
        if (times.isEmpty()) {
            throw new IllegalArgumentException("the recurrence has no occurrence left");
        }
        PushSchedule schedule = new PushSchedule(app, uniqueId, summary, pushRequest, lifetime, createdAt);
        schedule.recurring = true;
        schedule.firstDay = recurrence.firstDay();
        schedule.lastDay = recurrence.lastDay();
        schedule.cycle = recurrence.cycle();
        schedule.cycleDays = recurrence.days().stream().map(String::valueOf).collect(Collectors.joining(","));
        schedule.timeOfDay = recurrence.time();
        times.forEach(at -> schedule.firings.add(new ScheduledFiring(schedule, subIds.get(), at)));
        return schedule;
    }

    public Long id() {
        return id;
    }

    public App app() {
        return app;
    }

    public String uniqueId() {
        return uniqueId;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public Summary summary() {
        return new Summary(kind, deliveryType, title, content);
    }

    public String pushRequest() {
        return pushRequest;
    }

    public Duration lifetime() {
        return Duration.ofSeconds(lifetimeSeconds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ScheduledFiring> firings() {
        return Collections.unmodifiableList(firings);
    }

    /** The earliest firing still pending, if any. */
    public Optional<ScheduledFiring> nextPending() {
        return firings.stream().filter(ScheduledFiring::isPending).findFirst();
    }

    /** The pending firings whose time has come, earliest first. */
    public List<ScheduledFiring> dueAt(Instant now) {
        return firings.stream().filter(f -> f.isPending() && !f.plannedAt().isAfter(now)).toList();
    }

    /** Cancels every firing still pending. @return false when none was */
    public boolean cancel(Instant at) {
        boolean any = false;
        for (ScheduledFiring firing : firings) {
            any |= firing.cancel(at);
        }
        return any;
    }
}
