package io.herald.domain.delivery;

import io.herald.domain.app.App;
import io.herald.domain.push.PushTask;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many deliveries of one task (or of one-to-one messages, without a task), through one
 * channel, queued on one day, ended in one status — counted when the retention job removed them,
 * so that statistics keep their figures after the rows are gone.
 */
@Entity
@Table(name = "delivery_tally")
public class DeliveryTally {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "push_task_id")
    private PushTask task;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "queued_on", nullable = false)
    private LocalDate queuedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "delivery_count", nullable = false)
    private long count;

    protected DeliveryTally() {
    }

    public DeliveryTally(App app, PushTask task, String channel, LocalDate queuedOn, DeliveryStatus status) {
        this.app = Objects.requireNonNull(app);
        this.task = task;
        this.channel = Objects.requireNonNull(channel);
        this.queuedOn = Objects.requireNonNull(queuedOn);
        this.status = Objects.requireNonNull(status);
    }

    public void add(long more) {
        count += more;
    }
}
