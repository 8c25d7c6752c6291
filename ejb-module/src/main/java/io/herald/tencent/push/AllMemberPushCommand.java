package io.herald.tencent.push;

import static io.herald.platform.Jsonp.JSON;

import io.herald.account.KnownAccounts;
import io.herald.audience.AudienceCondition;
import io.herald.audience.AudienceProfiles;
import io.herald.channel.vendor.VendorRouting;
import io.herald.domain.app.App;
import io.herald.push.AudiencePush;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimCommand;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import io.herald.tencent.message.TimOfflinePush;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What im_push and the legacy push do alike once each has read its condition: the app must have
 * the feature on (90045), the sender be the admin or an imported account (20003), a repeated call be
 * recognised by its MsgRandom (each command says how), the quota and interval hold, and then the
 * push is accepted and its TaskId answered at once.
 */
abstract class AllMemberPushCommand extends TimCommand {

    @Inject
    AudiencePush pushes;

    @Inject
    AllMemberPushQuota quota;

    @Inject
    VendorRouting routing;

    @Inject
    KnownAccounts accounts;

    @Inject
    AudienceProfiles profiles;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "herald.tencent.max-message-bytes", defaultValue = "8192")
    int defaultMaxBodyBytes;

    private final Set<String> services;
    private final String command;

    AllMemberPushCommand(Set<String> services, String command) {
        super("all_member_push", command, TimError.MESSAGE_ADMIN_REQUIRED);
        this.services = services;
        this.command = command;
    }

    @Override
    public boolean serves(String service, String requested) {
        return services.contains(service) && command.equals(requested);
    }

    /** The condition in this command's shape, checked against the app's tags and attributes. */
    abstract AudienceCondition condition(App app, TimRequest request);

    /** The task an earlier call with the same MsgRandom made, which this call repeats; or a refusal. */
    abstract Optional<String> repeatOf(App app, long random, Instant now);

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        App app = caller.app();
        if (!app.allowsAllMemberPush()) {
            throw TimError.ALL_MEMBER_PUSH_OFF.exception();
        }
        AllMemberPushFields fields = AllMemberPushFields.read(caller, request, app.messageSizeLimit().orElse(defaultMaxBodyBytes));
        AudienceCondition condition = condition(app, request);
        if (!app.isAdmin(fields.sender()) && accounts.existing(app, List.of(fields.sender())).isEmpty()) {
            throw TimError.SENDER_OR_RECIPIENT_UNKNOWN.exception();
        }
        Optional<String> repeated = repeatOf(app, fields.random(), clock.instant());
        if (repeated.isPresent()) {
            return JSON.createObjectBuilder().add("TaskId", repeated.get()).build();
        }
        TimOfflinePush.checkFits(routing, app, fields.offlinePush());
        quota.admit(app);
        return JSON.createObjectBuilder().add("TaskId", pushes.accept(app, fields.to(condition))).build();
    }
}
