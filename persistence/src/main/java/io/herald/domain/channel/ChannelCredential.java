package io.herald.domain.channel;

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
import java.time.Instant;
import java.util.Objects;

/**
 * An app's credentials for one channel, sealed: the entity never holds them in the clear, so
 * nothing that loads it (a log line, a debugger, a dump of the table) shows a secret.
 */
@Entity
@Table(name = "channel_credential")
public class ChannelCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(nullable = false, length = 40_000)
    private String sealed;

    @Column(nullable = false)
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelCredential() {
    }

    public ChannelCredential(App app, String channel, String sealed, Instant at) {
        this.app = Objects.requireNonNull(app);
        this.channel = Objects.requireNonNull(channel);
        this.sealed = Objects.requireNonNull(sealed);
        this.version = 1;
        this.updatedAt = at;
    }

    public String channel() {
        return channel;
    }

    public String sealed() {
        return sealed;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** New credentials replace the old ones at once; the version tells every node to rebuild its clients. */
    public void replace(String newSealed, Instant at) {
        sealed = Objects.requireNonNull(newSealed);
        version++;
        updatedAt = at;
    }
}
