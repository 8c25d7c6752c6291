package io.herald.channel.vendor;

import static io.herald.platform.Jsonp.JSON;

import io.herald.app.AppRegistryException;
import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.channel.ChannelCredential;
import io.herald.domain.channel.ChannelCredentialRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each app's credentials per channel: checked by the channel's own rules, sealed at rest, and read
 * back by the channels on every batch, so that new credentials take effect without a restart.
 */
@Stateless
public class VendorCredentials {

    @Inject
    ChannelCredentialRepository stored;

    @Inject
    AppRepository apps;

    @Inject
    CredentialCipher cipher;

    @Inject
    @Any
    Instance<CredentialRules> rules;

    @Inject
    Clock clock;

    public CredentialView configure(long appId, String channel, JsonObject credentials) {
        App app = app(appId);
        CredentialRules channelRules = rules.stream().filter(r -> r.name().equals(channel)).findFirst()
                .orElseThrow(() -> new AppRegistryException(AppRegistryException.Reason.NOT_FOUND, "no channel named " + channel + " takes credentials"));
        try {
            channelRules.check(credentials);
        } catch (IllegalArgumentException e) {
            throw new AppRegistryException(AppRegistryException.Reason.INVALID, channel + " credentials: " + e.getMessage());
        }
        String sealed = cipher.seal(credentials.toString());
        ChannelCredential credential = stored.find(appId, channel)
                .map(existing -> {
                    existing.replace(sealed, clock.instant());
                    return existing;
                })
                .orElseGet(() -> stored.store(new ChannelCredential(app, channel, sealed, clock.instant())));
        return view(credential);
    }

    public List<CredentialView> list(long appId) {
        return stored.ofApp(app(appId)).stream().map(this::view).toList();
    }

    public void remove(long appId, String channel) {
        app(appId);
        stored.delete(stored.find(appId, channel)
                .orElseThrow(() -> new AppRegistryException(AppRegistryException.Reason.NOT_FOUND, "the app has no " + channel + " credentials")));
    }

    /** Read in the caller's transaction if it has one; a channel's batch reads it with none (see {@code DeliveryDispatch}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VendorCredential> current(long appId, String channel) {
        return stored.find(appId, channel).map(c -> new VendorCredential(appId, channel, c.version(), open(c)));
    }

    /** The channels the app can send through with credentials of its own. */
    public Set<String> configuredChannels(App app) {
        return Set.copyOf(stored.channelsOf(app));
    }

    private JsonObject open(ChannelCredential credential) {
        return JSON.createReader(new StringReader(cipher.open(credential.sealed()))).readObject();
    }

    private CredentialView view(ChannelCredential credential) {
        return new CredentialView(credential.channel(), credential.version(), credential.updatedAt(),
                open(credential).keySet().stream().sorted().toList());
    }

    private App app(long appId) {
        return apps.find(appId).orElseThrow(() -> new AppRegistryException(AppRegistryException.Reason.NOT_FOUND, "no app " + appId));
    }
}
