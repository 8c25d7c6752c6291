package io.herald.domain.device;

import io.herald.domain.app.App;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered device, known by its deliveryToken. It carries the vendor tokens it reported (one per
 * vendor channel) and the history of the users it was bound to.
 */
@Entity
@Table(name = "device")
public class Device {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(name = "delivery_token", nullable = false, length = 128)
    private String deliveryToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Platform platform;

    @Column(name = "bound_user_id", length = 128)
    private String boundUserId;

    @Column(name = "phone_number", length = 32)
    private String phoneNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    /** SHA-256 of the secret the device connects with; null for a device only ever reported by the app's server. */
    @Column(name = "secret_hash", length = 64)
    private String secretHash;

    @ElementCollection
    @CollectionTable(name = "device_vendor_token", joinColumns = @JoinColumn(name = "device_id"))
    @MapKeyColumn(name = "channel", length = 32)
    @Column(name = "token", nullable = false, length = 512)
    private Map<String, String> vendorTokens = new HashMap<>();

    @OneToMany(mappedBy = "device", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("boundAt")
    private List<DeviceBinding> bindings = new ArrayList<>();

    protected Device() {
    }

    public Device(App app, String deliveryToken, Platform platform, Instant createdAt) {
        this.app = Objects.requireNonNull(app);
        this.deliveryToken = Objects.requireNonNull(deliveryToken);
        this.platform = Objects.requireNonNull(platform);
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public App app() {
        return app;
    }

    public String deliveryToken() {
        return deliveryToken;
    }

    public Platform platform() {
        return platform;
    }

    public Optional<String> boundUserId() {
        return Optional.ofNullable(boundUserId);
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Map<String, String> vendorTokens() {
        return Collections.unmodifiableMap(vendorTokens);
    }

    public List<DeviceBinding> bindings() {
        return Collections.unmodifiableList(bindings);
    }

    /** Gives the device a secret of its own (replacing any earlier one); only its hash is kept. */
    public void issueSecret(String secret) {
        secretHash = sha256(secret);
    }

    /** Whether the secret is the device's; a device that was never issued one has none that matches. */
    public boolean hasSecret(String secret) {
        return secretHash != null && secret != null
                && MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII), sha256(secret).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A device that reports again (an app reinstalled, a platform misreported) may change its platform. */
    public void reportPlatform(Platform reported, Instant at) {
        platform = Objects.requireNonNull(reported);
        lastSeenAt = at;
    }

    public void reportVendorToken(String channel, String token, Instant at) {
        vendorTokens.put(Objects.requireNonNull(channel), Objects.requireNonNull(token));
        lastSeenAt = at;
    }

    /** A vendor said the token is gone (APNs 410, FCM UNREGISTERED): stop addressing it. */
    public void forgetVendorToken(String channel) {
        vendorTokens.remove(channel);
    }

    /** Binding to the user already bound only refreshes the phone number; another user ends the current binding. */
    public void bind(String userId, String phone, Instant at) {
        Objects.requireNonNull(userId);
        if (!userId.equals(boundUserId)) {
            closeOpenBinding(at);
            bindings.add(new DeviceBinding(this, userId, at));
            boundUserId = userId;
        }
        if (phone != null) {
            phoneNumber = phone;
        }
        lastSeenAt = at;
    }

    public void unbind(Instant at) {
        closeOpenBinding(at);
        boundUserId = null;
        phoneNumber = null;
        lastSeenAt = at;
    }

    private void closeOpenBinding(Instant at) {
        bindings.stream().filter(DeviceBinding::isOpen).forEach(b -> b.close(at));
    }
}
