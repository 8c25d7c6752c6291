package io.herald.domain.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The audience a push selected, frozen at push time: a serialized bitmap of account ids, stored once
 * for the whole push and read by the fan-out and by every matching account that connects later.
 */
@Entity
@Table(name = "audience_snapshot")
public class AudienceSnapshot {

    @Id
    @Column(name = "push_task_id")
    private Long taskId;

    @Column(name = "bitmap", nullable = false)
    private byte[] bitmap;

    protected AudienceSnapshot() {
    }

    public AudienceSnapshot(PushTask task, byte[] bitmap) {
        this.taskId = Objects.requireNonNull(task.id());
        this.bitmap = bitmap.clone();
    }

    public byte[] bitmap() {
        return bitmap.clone();
    }
}
