package io.herald.domain.push;

import io.herald.domain.delivery.TargetKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The idempotency key of one push to one target (an account or a device): whoever records it first,
 * the fan-out or the target's own connection, delivers, and nobody delivers it again — not after a
 * restart of the fan-out either.
 */
@Entity
@Table(name = "fanout_claim")
@IdClass(FanoutClaim.Key.class)
public class FanoutClaim {

    /** The claim's identity: task, kind of target, target. */
    public record Key(Long taskId, TargetKind targetKind, String target) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "push_task_id")
    private Long taskId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 8)
    private TargetKind targetKind;

    @Id
    @Column(name = "target", length = 512)
    private String target;

    protected FanoutClaim() {
    }

    public FanoutClaim(PushTask task, TargetKind targetKind, String target) {
        this.taskId = Objects.requireNonNull(task.id());
        this.targetKind = Objects.requireNonNull(targetKind);
        this.target = Objects.requireNonNull(target);
    }
}
