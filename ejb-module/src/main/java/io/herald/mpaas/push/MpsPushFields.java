package io.herald.mpaas.push;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.Notification;
import io.herald.domain.message.Message;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import io.herald.push.Addressing;
import io.herald.push.PushTarget;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters the push actions share, checked with the seed's result codes: TaskName,
 * DeliveryType, ExpiredSeconds, ExtendedParams (at most 20), SMS fields, and every channel option,
 * kept as given (the strategy is {@link MpsPushAction}'s). The targets are read by
 * each action: {@code TargetMsgkey} for simple and template pushes, {@code TargetMsg.N.*} for batches.
 */
record MpsPushFields(String taskName, Addressing addressing, Duration lifetime,
                     JsonObject extendedParams, JsonObject options, boolean gatewayOnly) {

    static final int MAX_TARGETS = 10;
    static final int MAX_EXTENDED_PARAMS = 20;
    static final int MAX_MESSAGE_BYTES = 2048;
    static final Duration MAX_LIFETIME = Message.MAX_LIFETIME;

    /** Parameters handed to the channels as they came (vendor categories, styles, SMS, Live Activity). */
    static final List<String> OPTIONS = List.of("PushStyle", "PushAction", "Silent", "NotifyType", "AndroidChannel", "ImageUrls", "IconUrls",
            "Classification", "ThirdChannelCategory", "NotifyLevel", "MiChannelId", "ChannelId", "TransparentMessagePayload",
            "TransparentMessageUrgency", "SmsStrategy", "SmsSignName", "SmsTemplateCode", "SmsTemplateParam", "ActivityEvent",
            "ActivityContentState", "DismissalDate");

    static MpsPushFields read(PopRequest request) {
        String taskName = request.get("TaskName").orElseThrow(MpsError.TASKNAME_NULL::exception);
        Addressing addressing = addressing(request.get("DeliveryType").orElseThrow(() -> MpsError.INVALID_PARAM.exception("DeliveryType is required")));
        Duration lifetime = lifetime(request.get("ExpiredSeconds").orElseThrow(MpsError.EXPIREDSECONDS_WRONG::exception));
        JsonObject extended = request.get("ExtendedParams").map(MpsPushFields::extendedParams).orElse(JsonValue.EMPTY_JSON_OBJECT);
        String sms = request.get("SmsStrategy").orElse("0");
        if (!sms.equals("0") && (request.get("SmsSignName").isEmpty() || request.get("SmsTemplateCode").isEmpty() || request.get("SmsTemplateParam").isEmpty())) {
            throw MpsError.INVALID_PARAM.exception("SmsStrategy needs SmsSignName, SmsTemplateCode and SmsTemplateParam");
        }
        JsonObjectBuilder options = JSON.createObjectBuilder();
        OPTIONS.forEach(name -> request.get(name).ifPresent(value -> options.add(name, value)));
        boolean gatewayOnly = request.get("NotifyType").filter("transparent"::equals).isPresent()
                || request.get("AndroidChannel").filter("1"::equals).isPresent();
        return new MpsPushFields(taskName, addressing, lifetime, extended, options.build(), gatewayOnly);
    }

    /** TargetMsgkey: at most 10 targets, each with its message key. */
    static Map<String, String> targetMsgkey(PopRequest request) {
        return parseTargets(request.get("TargetMsgkey").orElseThrow(MpsError.TOKEN_OR_USERID_NULL::exception));
    }

    /** What a target receives: on Herald's channel and as a vendor notification. */
    record Content(String payload, Notification notification) {
    }

    /** The message a target receives, refused over 2 KB (3050); per-target extras add to the shared ones. */
    Content content(String title, String content, String uri, JsonObject targetExtras) {
        JsonObject extras = JSON.createObjectBuilder(extendedParams).addAll(JSON.createObjectBuilder(targetExtras)).build();
        JsonObject message = JSON.createObjectBuilder()
                .add("title", title)
                .add("content", content)
                .add("extendedParams", extras)
                .build();
        if (message.toString().getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            throw MpsError.MSG_PAYLOAD_TOO_LONG.exception();
        }
        Map<String, String> data = new LinkedHashMap<>();
        extras.forEach((key, value) -> data.put(key, ((JsonString) value).getString()));
        return new Content(JSON.createObjectBuilder(message).add("uri", uri == null ? "" : uri).add("options", options).build().toString(),
                MpsNotification.of(title, content, uri, data, options));
    }

    static List<PushTarget> receiving(Map<String, String> targets, Content content) {
        List<PushTarget> list = new ArrayList<>();
        targets.forEach((address, key) -> list.add(new PushTarget(address, key, content.payload(), content.notification())));
        return list;
    }

    /** The targets as the task keeps them: address → message key. */
    String audience(Map<String, String> targets) {
        return JSON.createObjectBuilder().add("deliveryType", addressing.name()).add("targets", JSON.createObjectBuilder(
                new LinkedHashMap<String, Object>(targets))).build().toString();
    }

    private static Addressing addressing(String deliveryType) {
        return switch (deliveryType) {
            case "1" -> Addressing.ANDROID_DEVICE;
            case "2" -> Addressing.IOS_DEVICE;
            case "3" -> Addressing.USER;
            case "7" -> Addressing.HARMONY_DEVICE;
            case "5", "6" -> throw MpsError.DELIVERY_TYPE_NOT_SUPPORTED.exception("Live Activity pushes are not supported");
            default -> throw MpsError.DELIVERY_TYPE_NOT_SUPPORTED.exception();
        };
    }

    private static Map<String, String> parseTargets(String json) {
        JsonObject object = parseObject(json, MpsError.INVALID_PARAM);
        if (object.isEmpty()) {
            throw MpsError.TOKEN_OR_USERID_NULL.exception();
        }
        if (object.size() > MAX_TARGETS) {
            throw MpsError.SINGLE_PUSH_TARGET_TOO_MUCH.exception();
        }
        Map<String, String> targets = new LinkedHashMap<>();
        object.forEach((target, key) -> {
            if (target.isEmpty() || !(key instanceof JsonString msgKey) || msgKey.getString().isEmpty()) {
                throw MpsError.INVALID_PARAM.exception("TargetMsgkey maps each target to a non-empty msgKey");
            }
            targets.put(target, msgKey.getString());
        });
        return targets;
    }

    private static Duration lifetime(String seconds) {
        long value;
        try {
            value = Long.parseLong(seconds);
        } catch (NumberFormatException e) {
            throw MpsError.EXPIREDSECONDS_WRONG.exception();
        }
        if (value <= 0) {
            throw MpsError.EXPIREDSECONDS_WRONG.exception();
        }
        if (value > MAX_LIFETIME.toSeconds()) {
            throw MpsError.EXPIREDTIME_TOO_LONG.exception();
        }
        return Duration.ofSeconds(value);
    }

    private static JsonObject extendedParams(String json) {
        return extendedParams(json, MAX_EXTENDED_PARAMS, MpsError.EXTEND_PARAM_TO_MUCH);
    }

    /** A JSON object of string values with at most {@code max} entries ({@code tooMany} beyond). */
    static JsonObject extendedParams(String json, int max, MpsError tooMany) {
        JsonObject object = parseObject(json, MpsError.INVALID_EXTEND_PARAM);
        if (object.size() > max) {
            throw tooMany.exception();
        }
        if (object.values().stream().anyMatch(v -> !(v instanceof JsonString))) {
            throw MpsError.INVALID_EXTEND_PARAM.exception();
        }
        return object;
    }

    static JsonObject parseObject(String json, MpsError invalid) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid.exception();
        }
    }
}
