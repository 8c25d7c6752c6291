package io.herald.app;

import io.herald.domain.app.App;
import io.herald.domain.app.AppIdentity;
import io.herald.domain.app.AppRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates or updates, idempotently, the app described by {@code herald.bootstrap.*}. Secrets that
 * configuration does not give are generated on the first start, stored, and printed that once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BootstrapApp {

    private static final Logger LOG = Logger.getLogger(BootstrapApp.class.getName());

    @Inject
    AppRepository apps;

    @Inject
    AppRegistry registry;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.sdkappid", defaultValue = "1400000000")
    long sdkAppId;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.admin", defaultValue = AppRegistry.DEFAULT_ADMIN)
    String admin;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.mps-app-id", defaultValue = "ONEX000000000001")
    String mpsAppId;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.mps-workspace-id", defaultValue = AppRegistry.DEFAULT_WORKSPACE)
    String workspaceId;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.access-key-id")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.access-key-secret")
    Optional<String> accessKeySecret;

    /** Not a secret (it ships inside mobile builds), so it is logged whenever it is made. */
    @Inject
    @ConfigProperty(name = "herald.bootstrap.device-key")
    Optional<String> deviceKey;

    @Inject
    @ConfigProperty(name = "herald.bootstrap.time-zone", defaultValue = AppRegistry.DEFAULT_TIME_ZONE)
    String timeZone;

    private volatile long appId;

    @PostConstruct
    void createOrUpdate() {
        AppIdentity identity = AppRegistry.identity(sdkAppId, admin, mpsAppId, workspaceId);
        App app = apps.findBySdkAppId(sdkAppId).or(() -> apps.findByMpsAppId(mpsAppId))
                .map(existing -> update(existing, identity))
                .orElseGet(() -> create(identity));
        appId = app.id();
    }

    /** The bootstrap app's id once it exists; readiness waits for it. */
    public Optional<Long> appId() {
        return appId == 0 ? Optional.empty() : Optional.of(appId);
    }

    private App create(AppIdentity identity) {
        App app = new App(identity, "bootstrap", secretKey.orElseGet(Secrets::secretKey), AppRegistry.zone(timeZone), clock.instant());
        String keyId = accessKeyId.orElseGet(Secrets::accessKeyId);
        String keySecret = accessKeySecret.orElseGet(Secrets::accessKeySecret);
        app.issueAccessKey(keyId, keySecret, clock.instant());
        app.replaceDeviceKey(deviceKey.orElseGet(Secrets::deviceKey));
        apps.store(app);
        LOG.info(() -> "Created the bootstrap app: SDKAppID " + identity.sdkAppId() + ", admin " + identity.adminIdentifier()
                + ", AppId " + identity.mpsAppId() + ", WorkspaceId " + identity.workspaceId() + ", AccessKeyId " + keyId
                + ", device key " + app.deviceKey().orElseThrow());
        if (secretKey.isEmpty() || accessKeySecret.isEmpty()) {
            // Printed this once: the secrets were generated, so nobody else knows them yet.
            LOG.info(() -> "Bootstrap app secrets (shown only now; store them): "
                    + (secretKey.isEmpty() ? "secret key " + app.secretKey() + " " : "")
                    + (accessKeySecret.isEmpty() ? "AccessKeySecret " + keySecret : ""));
        }
        return app;
    }

    private App update(App app, AppIdentity identity) {
        if (!app.identity().equals(identity)) {
            registry.requireUnused(identity, app.id());
            app.reidentify(identity);
            LOG.info(() -> "Bootstrap app now answers to SDKAppID " + identity.sdkAppId() + " and AppId " + identity.mpsAppId());
        }
        secretKey.filter(key -> !key.equals(app.secretKey())).ifPresent(app::replaceSecretKey);
        String wantedDeviceKey = deviceKey.orElseGet(() -> app.deviceKey().orElseGet(Secrets::deviceKey));
        if (!app.deviceKey().filter(wantedDeviceKey::equals).isPresent()) {
            app.replaceDeviceKey(wantedDeviceKey);
            LOG.info(() -> "Bootstrap app device key: " + wantedDeviceKey);
        }
        accessKeyId.ifPresent(keyId -> {
            String keySecret = accessKeySecret.orElseThrow(() -> new IllegalStateException(
                    "herald.bootstrap.access-key-id is set without herald.bootstrap.access-key-secret"));
            boolean current = app.activeAccessKey(keyId).filter(k -> k.accessKeySecret().equals(keySecret)).isPresent();
            if (!current) {
                app.issueAccessKey(keyId, keySecret, clock.instant());
                app.revokeAccessKeysExcept(keyId, clock.instant());
            }
        });
        return app;
    }
}
