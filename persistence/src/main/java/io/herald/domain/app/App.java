package io.herald.domain.app;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * A tenant. It is addressed by the Tencent family through its SDKAppID and by the mPaaS family
 * through its AppId/WorkspaceId and access keys; nothing of one app is reachable with another's.
 */
@Entity
@Cacheable
@NaturalIdCache
@Table(name = "app")
public class App {

    /** Attribute slots run from 0 to this. */
    public static final int MAX_ATTRIBUTE_SLOT = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppStatus status = AppStatus.ACTIVE;

    /** Mutable: an operator may re-identify the app (see {@link #reidentify}); Hibernate keeps the cached resolution in step. */
    @NaturalId(mutable = true)
    @Column(name = "sdk_app_id", nullable = false, unique = true)
    private long sdkAppId;

    @Column(name = "admin_identifier", nullable = false, length = 32)
    private String adminIdentifier;

    @Column(name = "secret_key", nullable = false, length = 256)
    private String secretKey;

    @Column(name = "mps_app_id", nullable = false, unique = true, length = 64)
    private String mpsAppId;

    @Column(name = "workspace_id", nullable = false, length = 64)
    private String workspaceId;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_size_limit")
    private Integer messageSizeLimit;

    @Column(name = "calls_per_second")
    private Integer callsPerSecond;

    @Column(name = "callback_url", length = 1000)
    private String callbackUrl;

    @Column(name = "callback_token", length = 256)
    private String callbackToken;

    @Column(name = "callback_timeout_ms")
    private Integer callbackTimeoutMillis;

    @Column(name = "callback_fail_closed", nullable = false)
    private boolean callbackFailClosed;

    /** Embedded in the app's mobile builds: it lets a device register itself and report events, nothing else. */
    @Column(name = "device_key", unique = true, length = 64)
    private String deviceKey;

    @Column(name = "retention_days")
    private Integer retentionDays;

    /** The app's attribute names by slot 0-9, as im_set_attr_name sets them. */
    @ElementCollection
    @CollectionTable(name = "app_attr_name", joinColumns = @JoinColumn(name = "app_id"))
    @MapKeyColumn(name = "slot")
    @Column(name = "name", nullable = false, length = 50)
    private Map<Integer, String> attributeNames = new HashMap<>();

    @Column(name = "all_member_push_enabled", nullable = false)
    private boolean allMemberPushEnabled = true;

    @Column(name = "push_daily_limit")
    private Integer pushDailyLimit;

    @Column(name = "push_interval_ms")
    private Integer pushIntervalMillis;

    @Version
    private long version;

    @OneToMany(mappedBy = "app", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AccessKey> accessKeys = new ArrayList<>();

    protected App() {
    }

    public App(AppIdentity identity, String name, String secretKey, ZoneId timeZone, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.sdkAppId = identity.sdkAppId();
        this.adminIdentifier = identity.adminIdentifier();
        this.mpsAppId = identity.mpsAppId();
        this.workspaceId = identity.workspaceId();
        this.secretKey = Objects.requireNonNull(secretKey);
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AppStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == AppStatus.ACTIVE;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public String adminIdentifier() {
        return adminIdentifier;
    }

    public boolean isAdmin(String identifier) {
        return adminIdentifier.equals(identifier);
    }

    public String secretKey() {
        return secretKey;
    }

    public String mpsAppId() {
        return mpsAppId;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<AccessKey> accessKeys() {
        return Collections.unmodifiableList(accessKeys);
    }

    public Optional<AccessKey> activeAccessKey(String accessKeyId) {
        return accessKeys.stream().filter(k -> k.accessKeyId().equals(accessKeyId) && k.isActive()).findFirst();
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** Moves the app's identity; used when the bootstrap configuration changes between starts. */
    public void reidentify(AppIdentity identity) {
        this.sdkAppId = identity.sdkAppId();
        this.adminIdentifier = identity.adminIdentifier();
        this.mpsAppId = identity.mpsAppId();
        this.workspaceId = identity.workspaceId();
    }

    public AppIdentity identity() {
        return new AppIdentity(sdkAppId, adminIdentifier, mpsAppId, workspaceId);
    }

    public void replaceSecretKey(String newSecretKey) {
        this.secretKey = Objects.requireNonNull(newSecretKey);
    }

    public AccessKey issueAccessKey(String accessKeyId, String accessKeySecret, Instant at) {
        AccessKey key = new AccessKey(this, accessKeyId, accessKeySecret, at);
        accessKeys.add(key);
        return key;
    }

    /** Revokes every active key but the one given, which is how a rotation finishes. */
    public void revokeAccessKeysExcept(String keptAccessKeyId, Instant at) {
        accessKeys.stream()
                .filter(k -> k.isActive() && !k.accessKeyId().equals(keptAccessKeyId))
                .forEach(k -> k.revoke(at));
    }

    /** The largest message body this app may send, when it differs from the installation's default. */
    public Optional<Integer> messageSizeLimit() {
        return Optional.ofNullable(messageSizeLimit);
    }

    /** REST calls per second this app may make; empty means no limit. */
    public Optional<Integer> callsPerSecond() {
        return Optional.ofNullable(callsPerSecond);
    }

    public void limit(Integer newMessageSizeLimit, Integer newCallsPerSecond) {
        if ((newMessageSizeLimit != null && newMessageSizeLimit <= 0) || (newCallsPerSecond != null && newCallsPerSecond <= 0)) {
            throw new IllegalArgumentException("limits must be positive");
        }
        messageSizeLimit = newMessageSizeLimit;
        callsPerSecond = newCallsPerSecond;
    }

    public Optional<CallbackSettings> callbacks() {
        if (callbackUrl == null) {
            return Optional.empty();
        }
        Duration timeout = callbackTimeoutMillis == null ? null : Duration.ofMillis(callbackTimeoutMillis);
        return Optional.of(new CallbackSettings(URI.create(callbackUrl), callbackToken, timeout, callbackFailClosed));
    }

    /** Null switches the callbacks off. */
    public void callBackTo(CallbackSettings settings) {
        callbackUrl = settings == null ? null : settings.url().toString();
        callbackToken = settings == null ? null : settings.token();
        callbackTimeoutMillis = settings == null ? null : (int) settings.timeout().toMillis();
        callbackFailClosed = settings != null && settings.failClosed();
    }

    /** The key devices register with; empty for an app made before device registration existed, until one is issued. */
    public Optional<String> deviceKey() {
        return Optional.ofNullable(deviceKey);
    }

    public void replaceDeviceKey(String newDeviceKey) {
        this.deviceKey = Objects.requireNonNull(newDeviceKey);
    }

    /** How long finished deliveries and old messages are kept, when it differs from the installation's default. */
    public Optional<Integer> retentionDays() {
        return Optional.ofNullable(retentionDays);
    }

    public void retainFor(Integer days) {
        if (days != null && days <= 0) {
            throw new IllegalArgumentException("retention must be at least one day");
        }
        retentionDays = days;
    }

    /** Attribute names by slot (0-9). */
    public Map<Integer, String> attributeNames() {
        return Collections.unmodifiableMap(attributeNames);
    }

    /** Names the given slots, keeping the others; a name may be in one slot only. */
    public void nameAttributes(Map<Integer, String> names) {
        Map<Integer, String> merged = new HashMap<>(attributeNames);
        merged.putAll(names);
        if (merged.keySet().stream().anyMatch(slot -> slot < 0 || slot > MAX_ATTRIBUTE_SLOT)) {
            throw new IllegalArgumentException("attribute slots are 0 to " + MAX_ATTRIBUTE_SLOT);
        }
        if (merged.values().stream().distinct().count() < merged.size()) {
            throw new IllegalArgumentException("an attribute name may be in one slot only");
        }
        attributeNames.putAll(names);
    }

    /** Whether all-member pushes (and the legacy push) are switched on for the app. */
    public boolean allowsAllMemberPush() {
        return allMemberPushEnabled;
    }

    /** Pushes a day, when the app has its own quota. */
    public Optional<Integer> pushDailyLimit() {
        return Optional.ofNullable(pushDailyLimit);
    }

    /** The least time between two pushes, when the app has its own. */
    public Optional<Duration> pushInterval() {
        return Optional.ofNullable(pushIntervalMillis).map(Duration::ofMillis);
    }

    /** The app's all-member push settings; nulls return quota and interval to the defaults. */
    public void configureAllMemberPush(boolean enabled, Integer dailyLimit, Duration interval) {
        if ((dailyLimit != null && dailyLimit <= 0) || (interval != null && interval.isNegative())) {
            throw new IllegalArgumentException("the daily limit must be positive and the interval not negative");
        }
        allMemberPushEnabled = enabled;
        pushDailyLimit = dailyLimit;
        pushIntervalMillis = interval == null ? null : (int) interval.toMillis();
    }

    public void disable() {
        status = AppStatus.DISABLED;
    }

    public void enable() {
        status = AppStatus.ACTIVE;
    }
}
