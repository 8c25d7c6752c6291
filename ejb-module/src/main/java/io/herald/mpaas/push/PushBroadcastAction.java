package io.herald.mpaas.push;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.template.MessageTemplate;
import io.herald.domain.template.TemplateContent;
import io.herald.domain.template.TemplateRepository;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.Addressing;
import io.herald.push.AudiencePush;
import io.herald.push.BroadcastAudience;
import io.herald.push.BroadcastPushRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;

/**
 * PushBroadcast: a template's message to every device of a platform ({@code DeliveryType} 1, 2 or 7;
 * 3 is 3030), bound to a user ({@code PushStatus} 0, the default, with {@code BindPeriod}), not bound
 * (2) or both (1), the latter two with {@code UnBindPeriod} (3051 missing, 3052 invalid); periods are
 * 1 = 7 days, 2 = 15 days, 3 = 60 days, 4 = forever. {@code AndroidChannel} 1 keeps it on Herald's own
 * channel, which a broadcast to all users may not (3053); anything but 1 or 2 is 3057. {@code Msgkey}
 * names the message and may be used once. The push fans out as a batch job after the call answers
 * with the task id; devices not reached then get it when they connect within its lifetime.
 */
@ApplicationScoped
public class PushBroadcastAction extends MpsPushAction {

    static final Map<String, Duration> PERIODS = Map.of("1", Duration.ofDays(7), "2", Duration.ofDays(15), "3", Duration.ofDays(60));
    static final String FOREVER = "4";

    @Inject
    AudiencePush audiences;

    @Inject
    TemplateRepository templates;

    public PushBroadcastAction() {
        super("PushBroadcast");
    }

    @Override
    protected PreparedPush prepare(App app, PopRequest request) {
        MpsPushFields fields = MpsPushFields.read(request);
        if (fields.addressing() == Addressing.USER) {
            throw MpsError.BROADCAST_ONLY_SUPPORT_BY_DEVICE.exception();
        }
        String msgKey = request.get("Msgkey").orElseThrow(() -> MpsError.INVALID_PARAM.exception("Msgkey is required"));
        if (audiences.isKeyUsed(app, msgKey)) {
            throw MpsError.INVALID_PARAM.exception("Msgkey " + msgKey + " is used already");
        }
        String status = request.get("PushStatus").orElse("0");
        String androidChannel = request.get("AndroidChannel").orElse("2");
        if (!androidChannel.equals("1") && !androidChannel.equals("2")) {
            throw MpsError.ANDROID_CHANNEL_PARAM_INVALID.exception();
        }
        BroadcastAudience audience = switch (status) {
            case "0" -> new BroadcastAudience(fields.addressing().platform().orElseThrow(), true, false, bindPeriod(request), null, fields.gatewayOnly());
            case "1", "2" -> {
                if (status.equals("1") && androidChannel.equals("1")) {
                    throw MpsError.BROADCAST_ALL_USER_NOT_SUPPORT_SELFCHANNEL_ANDROID.exception();
                }
                yield new BroadcastAudience(fields.addressing().platform().orElseThrow(), status.equals("1"), true, null, unbindPeriod(request),
                        fields.gatewayOnly());
            }
            default -> throw MpsError.INVALID_PARAM.exception("PushStatus must be 0, 1 or 2");
        };
        MessageTemplate template = TemplateFill.named(templates, app, request);
        TemplateContent rendered = TemplateFill.render(template, request.get("TemplateKeyValue").orElse(null));
        MpsPushFields.Content content = checked(app, fields, fields.content(rendered.title(), rendered.content(), rendered.uri(), JsonValue.EMPTY_JSON_OBJECT));
        BroadcastPushRequest broadcast = new BroadcastPushRequest(fields.taskName(), template.content().name(), msgKey, content.payload(),
                content.notification(), fields.lifetime(), audience);
        return new PreparedPush(new PushSchedule.Summary(PushKind.BROADCAST, deliveryType(request), rendered.title(), rendered.content()),
                fields.lifetime(), () -> audiences.broadcast(app, broadcast));
    }

    /** BindPeriod, required with PushStatus 0; null is forever. */
    private static Duration bindPeriod(PopRequest request) {
        String period = request.get("BindPeriod").orElseThrow(() -> MpsError.INVALID_PARAM.exception("BindPeriod is required when PushStatus is 0"));
        if (period.equals(FOREVER)) {
            return null;
        }
        Duration within = PERIODS.get(period);
        if (within == null) {
            throw MpsError.INVALID_PARAM.exception("BindPeriod must be 1, 2, 3 or 4");
        }
        return within;
    }

    /** UnBindPeriod, required with PushStatus 1 or 2; null is forever. */
    private static Duration unbindPeriod(PopRequest request) {
        String period = request.get("UnBindPeriod").orElseThrow(MpsError.BROADCAST_ALL_USER_NEED_UNBIND_PERIOD::exception);
        if (period.equals(FOREVER)) {
            return null;
        }
        Duration within = PERIODS.get(period);
        if (within == null) {
            throw MpsError.BROADCAST_ALL_USER_UNBIND_PERIOD_INVALID.exception();
        }
        return within;
    }
}
