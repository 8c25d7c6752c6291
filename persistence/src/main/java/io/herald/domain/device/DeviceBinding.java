package io.herald.domain.device;

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

/**
 * One period during which a device was bound to a user. The history answers the mPaaS
 * BindPeriod/UnBindPeriod questions ("bound within the last 7 days", "unbound for 60 days").
 */
@Entity
@Table(name = "device_binding")
public class DeviceBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "device_id")
    private Device device;

    @Column(name = "user_id", nullable = false, length = 128)
    private String userId;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    @Column(name = "unbound_at")
    private Instant unboundAt;

    protected DeviceBinding() {
    }

    DeviceBinding(Device device, String userId, Instant boundAt) {
        this.device = device;
        this.userId = userId;
        this.boundAt = boundAt;
    }

    public String userId() {
        return userId;
    }

    public Instant boundAt() {
        return boundAt;
    }

    public Instant unboundAt() {
        return unboundAt;
    }

    public boolean isOpen() {
        return unboundAt == null;
    }

    public boolean boundWithin(Duration period, Instant now) {
        return !boundAt.isBefore(now.minus(period));
    }

    void close(Instant at) {
        if (unboundAt == null) {
            unboundAt = at;
        }
    }
}
