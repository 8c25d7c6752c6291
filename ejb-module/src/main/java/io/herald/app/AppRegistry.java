package io.herald.app;

import io.herald.app.AppRegistryException.Reason;
import io.herald.domain.app.AccessKey;
import io.herald.domain.app.CallbackSettings;
import io.herald.domain.app.App;
import io.herald.domain.app.AppIdentity;
import io.herald.domain.app.AppRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Tenants and their credentials. Both API families resolve the calling app through here. */
@Stateless
public class AppRegistry {

    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    static final String DEFAULT_ADMIN = "administrator";
    static final String DEFAULT_WORKSPACE = "default";

    @Inject
    AppRepository apps;

    @Inject
    Clock clock;

    /** Without a transaction of its own when the caller has none: every Tencent call starts here, answered from the query cache. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<App> bySdkAppId(long sdkAppId) {
        return apps.findBySdkAppId(sdkAppId);
    }

    public Optional<App> byMpsAppId(String mpsAppId) {
        return apps.findByMpsAppId(mpsAppId);
    }

    public Optional<AccessKey> byAccessKeyId(String accessKeyId) {
        return apps.findAccessKey(accessKeyId);
    }

    public List<AppView> list() {
        return apps.list().stream().map(AppView::of).toList();
    }

    public AppView view(long id) {
        return AppView.of(existing(id));
    }

    public AppCredentials create(NewApp request) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 128) {
            throw new AppRegistryException(Reason.INVALID, "name is required (at most 128 characters)");
        }
        long sdkAppId = request.sdkAppId() != null ? request.sdkAppId() : nextSdkAppId();
        String mpsAppId = request.mpsAppId() != null ? request.mpsAppId() : "ONEX" + sdkAppId;
        AppIdentity identity = identity(sdkAppId, orDefault(request.adminIdentifier(), DEFAULT_ADMIN), mpsAppId,
                orDefault(request.workspaceId(), DEFAULT_WORKSPACE));
        requireUnused(identity, null);
        App app = new App(identity, request.name(), Secrets.secretKey(), zone(orDefault(request.timeZone(), DEFAULT_TIME_ZONE)), clock.instant());
        String accessKeyId = Secrets.accessKeyId();
        String accessKeySecret = Secrets.accessKeySecret();
        app.issueAccessKey(accessKeyId, accessKeySecret, clock.instant());
        app.replaceDeviceKey(Secrets.deviceKey());
        apps.store(app);
        return AppCredentials.of(app, accessKeyId, accessKeySecret);
    }

    /** A new Tencent secret key: every UserSig signed with the old one stops verifying at once. */
    public AppCredentials rotateSecretKey(long id) {
        App app = existing(id);
        app.replaceSecretKey(Secrets.secretKey());
        return new AppCredentials(AppView.of(app), app.secretKey(), null, null);
    }

    /** A new AccessKey pair replaces all the app's others. */
    public AppCredentials rotateAccessKey(long id) {
        App app = existing(id);
        String accessKeyId = Secrets.accessKeyId();
        String accessKeySecret = Secrets.accessKeySecret();
        app.issueAccessKey(accessKeyId, accessKeySecret, clock.instant());
        app.revokeAccessKeysExcept(accessKeyId, clock.instant());
        return new AppCredentials(AppView.of(app), null, accessKeyId, accessKeySecret);
    }

    /** A new device key: devices already registered keep working, new registrations need the new key. */
    public AppView rotateDeviceKey(long id) {
        App app = existing(id);
        app.replaceDeviceKey(Secrets.deviceKey());
        return AppView.of(app);
    }

    /** How long this app's finished deliveries and old messages are kept; null returns to the installation's default. */
    public AppView retain(long id, Integer days) {
        App app = existing(id);
        try {
            app.retainFor(days);
        } catch (IllegalArgumentException e) {
            throw new AppRegistryException(Reason.INVALID, e.getMessage());
        }
        return AppView.of(app);
    }

    public AppView configureTencent(long id, TencentSettings settings) {
        App app = existing(id);
        try {
            app.limit(settings.messageSizeLimit(), settings.callsPerSecond());
            TencentSettings.AllMemberPush push = settings.allMemberPush();
            app.configureAllMemberPush(push == null || !Boolean.FALSE.equals(push.enabled()), push == null ? null : push.dailyLimit(),
                    push == null || push.intervalMillis() == null ? null : Duration.ofMillis(push.intervalMillis()));
            TencentSettings.Callback callback = settings.callback();
            app.callBackTo(callback == null || callback.url() == null ? null : new CallbackSettings(URI.create(callback.url()), callback.token(),
                    callback.timeoutMillis() == null ? null : Duration.ofMillis(callback.timeoutMillis()), Boolean.TRUE.equals(callback.failClosed())));
        } catch (IllegalArgumentException e) {
            throw new AppRegistryException(Reason.INVALID, e.getMessage());
        }
        return AppView.of(app);
    }

    public AppView disable(long id) {
        App app = existing(id);
        app.disable();
        return AppView.of(app);
    }

    public AppView enable(long id) {
        App app = existing(id);
        app.enable();
        return AppView.of(app);
    }

    static AppIdentity identity(long sdkAppId, String admin, String mpsAppId, String workspaceId) {
        try {
            return new AppIdentity(sdkAppId, admin, mpsAppId, workspaceId);
        } catch (IllegalArgumentException e) {
            throw new AppRegistryException(Reason.INVALID, e.getMessage());
        }
    }

    /** Another app must not already answer to the same SDKAppID or AppId. */
    public void requireUnused(AppIdentity identity, Long ownId) {
        apps.findBySdkAppId(identity.sdkAppId()).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new AppRegistryException(Reason.CONFLICT, "SDKAppID " + identity.sdkAppId() + " is taken");
        });
        apps.findByMpsAppId(identity.mpsAppId()).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new AppRegistryException(Reason.CONFLICT, "AppId " + identity.mpsAppId() + " is taken");
        });
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new AppRegistryException(Reason.INVALID, "unknown time zone " + id);
        }
    }

    private App existing(long id) {
        return apps.find(id).orElseThrow(() -> new AppRegistryException(Reason.NOT_FOUND, "no app " + id));
    }

    /** SDKAppIDs are ten digits starting with 14, like the ones Tencent issues. */
    private long nextSdkAppId() {
        return apps.highestSdkAppIdIn(1400000000L, 1500000000L).orElse(1400000000L) + 1;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
