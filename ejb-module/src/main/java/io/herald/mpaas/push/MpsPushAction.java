package io.herald.mpaas.push;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.ChannelNames;
import io.herald.channel.vendor.NotificationRefused;
import io.herald.channel.vendor.VendorCredentials;
import io.herald.channel.vendor.VendorRouting;
import io.herald.domain.app.App;
import io.herald.domain.schedule.PushSchedule;
import io.herald.mpaas.MpsAction;
import io.herald.mpaas.MpsAnswers;
import io.herald.mpaas.MpsEnvelope;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.mpaas.schedule.MpsStrategy;
import io.herald.push.TargetedPush;
import io.herald.push.TargetedPushRequest;
import io.herald.scheduling.NewSchedule;
import io.herald.scheduling.PushScheduler;
import io.herald.scheduling.ScheduleRefused;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the push actions share: the request is checked in full first, then pushed now or, with
 * {@code StrategyType} 1 or 2, scheduled — {@code PushResult.Data} is then the schedule's id, and
 * when a firing is due the stored request is pushed exactly as an immediate one would be.
 */
public abstract class MpsPushAction extends MpsAction {

    /** Parameters of the call itself rather than of the push: not kept with a schedule. */
    static final Set<String> CALL_PARAMETERS = Set.of("AccessKeyId", "Signature", "SignatureMethod", "SignatureNonce", "SignatureVersion",
            "SignatureType", "Timestamp", "Format", "RegionId", "StrategyType", "StrategyContent");

    @Inject
    TargetedPush pushes;

    @Inject
    PushScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    VendorRouting routing;

    @Inject
    VendorCredentials credentials;

    protected MpsPushAction(String action) {
        super(action, MpsEnvelope.PUSH_RESULT);
    }

    /** A checked push, ready to go ({@code send} answers its task id), with what schedule listings show of it. */
    protected record PreparedPush(PushSchedule.Summary summary, Duration lifetime, Supplier<String> send) {
    }

    /** A push to explicit targets, ready to go. */
    protected PreparedPush targeted(App app, TargetedPushRequest request, PushSchedule.Summary summary) {
        return new PreparedPush(summary, request.lifetime(), () -> pushes.push(app, request));
    }

    /**
     * The content, once it is known that it can go out: within the limits of every vendor channel
     * of the app that the push's devices may use (3043), and with an SMS provider for the app when
     * the push asks for SMS (3028).
     */
    protected MpsPushFields.Content checked(App app, MpsPushFields fields, MpsPushFields.Content content) {
        Set<String> configured = credentials.configuredChannels(app);
        if (content.notification().sms() != null && !configured.contains(ChannelNames.SMS)) {
            throw MpsError.INVALID_PARAM.exception("SmsStrategy needs an SMS provider configured for the app");
        }
        if (!fields.gatewayOnly()) {
            Set<String> usable = new HashSet<>(VendorRouting.vendorsOf(fields.addressing().platform()));
            usable.retainAll(configured);
            try {
                routing.checkContent(content.notification(), usable);
            } catch (NotificationRefused refused) {
                throw MpsError.SINGLE_PUSH_CONTENT_TOO_LONG.exception(refused.getMessage());
            }
        }
        return content;
    }

    /** Checks the request with the action's result codes; nothing is stored yet. */
    protected abstract PreparedPush prepare(App app, PopRequest request);

    @Override
    protected JsonObject execute(App app, PopRequest request) {
        Optional<MpsStrategy> strategy = MpsStrategy.read(request, app.timeZone(), clock.instant());
        PreparedPush push = prepare(app, request);
        if (strategy.isEmpty()) {
            return MpsAnswers.pushResult(push.send().get());
        }
        try {
            return MpsAnswers.pushResult(scheduler.schedule(app, new NewSchedule(push.summary(), stored(request), push.lifetime(),
                    strategy.get().fixedTime(), strategy.get().recurrence())));
        } catch (ScheduleRefused refused) {
            throw MpsError.INVALID_PARAM.exception(refused.getMessage());
        }
    }

    /** Pushes a stored request now (a schedule's firing). @return the task id */
    public String pushNow(App app, PopRequest request) {
        return prepare(app, request).send().get();
    }

    private String stored(PopRequest request) {
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        request.parameters().forEach((name, value) -> {
            if (!CALL_PARAMETERS.contains(name)) {
                kept.add(name, value);
            }
        });
        kept.add("Action", action());
        return kept.build().toString();
    }

    /** The DeliveryType as schedule listings show it. */
    static int deliveryType(PopRequest request) {
        return Integer.parseInt(request.get("DeliveryType").orElseThrow());
    }
}
