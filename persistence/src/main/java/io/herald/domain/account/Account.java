package io.herald.domain.account;

import io.herald.domain.app.App;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A user of an app, as the Tencent family imports it; tags and attributes select audiences. */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_USER_ID_BYTES = 32;
    /** Tags one account may hold. */
    public static final int MAX_TAGS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Column(length = 500)
    private String nick;

    @Column(name = "face_url", length = 500)
    private String faceUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "account_tag", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tag", nullable = false, length = 50)
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "account_attribute", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "attr_name", length = 50)
    @Column(name = "attr_value", nullable = false, length = 50)
    private Map<String, String> attributes = new HashMap<>();

    protected Account() {
    }

    public Account(App app, String userId, Instant createdAt) {
        if (!isValidUserId(userId)) {
            throw new IllegalArgumentException("invalid UserID");
        }
        this.app = Objects.requireNonNull(app);
        this.userId = Objects.requireNonNull(userId);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public App app() {
        return app;
    }

    public String userId() {
        return userId;
    }

    public String nick() {
        return nick;
    }

    public String faceUrl() {
        return faceUrl;
    }

    /** Updates the profile fields that are given; null leaves a field as it was. */
    public void describe(String newNick, String newFaceUrl) {
        if (newNick != null) {
            nick = newNick;
        }
        if (newFaceUrl != null) {
            faceUrl = newFaceUrl;
        }
    }

    /** A UserID is 1 to 32 bytes of UTF-8 with no control characters. */
    public static boolean isValidUserId(String userId) {
        return userId != null && !userId.isEmpty()
                && userId.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_USER_ID_BYTES
                && userId.chars().noneMatch(Character::isISOControl);
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(tags);
    }

    /** Adds the tags the account does not have yet; refused, adding none, when it would then hold more than {@link #MAX_TAGS}. */
    public void tag(Collection<String> added) {
        Set<String> merged = new HashSet<>(tags);
        merged.addAll(added);
        if (merged.size() > MAX_TAGS) {
            throw new IllegalArgumentException("an account holds at most " + MAX_TAGS + " tags");
        }
        tags.addAll(added);
    }

    public void untag(Collection<String> removed) {
        tags.removeAll(removed);
    }

    public void untagAll() {
        tags.clear();
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public void setAttribute(String name, String value) {
        attributes.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    }

    public void removeAttribute(String name) {
        attributes.remove(name);
    }
}
