package io.herald.tencent.message;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.message.DirectAddress;
import io.herald.domain.message.Message;
import io.herald.messaging.DirectMessageDraft;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fields sendmsg and batchsendmsg share, read and checked in the seed's terms: who sends,
 * MsgRandom, MsgSeq, MsgTimeStamp, SyncOtherMachine, MsgLifeTime, MsgBody, OfflinePushInfo,
 * CloudCustomData and the two control lists. Without MsgTimeStamp the message time is the time of
 * the call, the same for every recipient of a batch so that they share one MsgKey.
 */
record OutgoingMessage(String sender, boolean explicitSender, long random, long sequence, Instant sentAt,
                       int syncOtherMachine, Duration lifetime, String body, String offlinePush, String customData,
                       Set<String> forbiddenCallbacks) {

    static final long UINT32_MAX = 4294967295L;
    /** Offline storage is seven days at most; a longer MsgLifeTime is kept seven days. */
    static final Duration MAX_LIFETIME = Message.MAX_LIFETIME;
    static final int SYNC_TO_SENDER = 1;
    static final int NOT_IN_SENDER_HISTORY = 2;

    static OutgoingMessage read(TimCaller caller, TimRequest request, int maxBodyBytes, Instant now) {
        String from = request.string("From_Account", TimError.FROM_ACCOUNT_INVALID).orElse(null);
        if (from != null && from.isEmpty()) {
            throw TimError.FROM_ACCOUNT_INVALID.exception();
        }
        long random = request.integer("MsgRandom", TimError.MSG_RANDOM_MISSING).orElseThrow(TimError.MSG_RANDOM_MISSING::exception);
        if (random < 0 || random > UINT32_MAX) {
            throw TimError.MSG_RANDOM_MISSING.exception();
        }
        long sequence = request.integer("MsgSeq", TimError.MSG_SEQ_INVALID)
                .orElseGet(() -> ThreadLocalRandom.current().nextLong(1, UINT32_MAX + 1));
        if (sequence < 0 || sequence > UINT32_MAX) {
            throw TimError.MSG_SEQ_INVALID.exception();
        }
        Instant sentAt = request.integer("MsgTimeStamp", TimError.MSG_TIMESTAMP_INVALID).map(Instant::ofEpochSecond).orElse(now);
        int sync = request.integer("SyncOtherMachine", TimError.SYNC_OTHER_MACHINE_INVALID).map(Long::intValue).orElse(0);
        Duration lifetime = request.integer("MsgLifeTime", TimError.MSG_LIFETIME_NOT_INTEGER).map(Duration::ofSeconds).orElse(MAX_LIFETIME);
        if (lifetime.isNegative()) {
            throw TimError.MSG_LIFETIME_INVALID.exception();
        }
        if (lifetime.compareTo(MAX_LIFETIME) > 0) {
            lifetime = MAX_LIFETIME;
        }
        String bodyJson = TimElements.body(request, maxBodyBytes);
        String offlinePush = TimOfflinePush.of(request, from != null ? from : caller.identifier());
        String customData = request.string("CloudCustomData", TimError.MSG_ELEMENT_INVALID).orElse(null);
        Set<String> forbidden = controlList(request, "ForbidCallbackControl");
        controlList(request, "SendMsgControl");
        return new OutgoingMessage(from != null ? from : caller.identifier(), from != null, random, sequence, sentAt, sync,
                lifetime, bodyJson, offlinePush, customData, forbidden);
    }

    boolean allowsCallback(String forbidding) {
        return !forbiddenCallbacks.contains(forbidding);
    }

    /** The message as the app's backend changed it in its before-send callback; null keeps a part as it was. */
    OutgoingMessage replacedBy(JsonArray newBody, String newCustomData) {
        if (newBody != null) {
            TimElements.check(newBody);
        }
        return new OutgoingMessage(sender, explicitSender, random, sequence, sentAt, syncOtherMachine, lifetime,
                newBody != null ? newBody.toString() : body, offlinePush, newCustomData != null ? newCustomData : customData, forbiddenCallbacks);
    }

    String key() {
        return DirectAddress.keyOf(sequence, random, sentAt);
    }

    /** The message as the C2C callbacks describe it to the app's backend. */
    JsonObject callbackEvent(String recipient) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return JSON.createObjectBuilder()
                    .add("From_Account", sender)
                    .add("To_Account", recipient)
                    .add("MsgSeq", sequence)
                    .add("MsgRandom", random)
                    .add("MsgTime", sentAt.getEpochSecond())
                    .add("MsgKey", key())
                    .add("OnlineOnlyFlag", lifetime.isZero() ? 1 : 0)
                    .add("MsgBody", reader.readArray())
                    .add("CloudCustomData", customData == null ? "" : customData)
                    .build();
        }
    }

    DirectMessageDraft to(String recipient) {
        return new DirectMessageDraft(new DirectAddress(sender, recipient, sequence, random), sentAt, body, lifetime,
                offlinePush, customData, syncOtherMachine == SYNC_TO_SENDER, syncOtherMachine != NOT_IN_SENDER_HISTORY);
    }

    private static Set<String> controlList(TimRequest request, String field) {
        JsonArray list = request.array(field, TimError.MSG_ELEMENT_INVALID).orElse(JsonValue.EMPTY_JSON_ARRAY);
        Set<String> values = new HashSet<>();
        for (JsonValue value : list) {
            if (!(value instanceof JsonString text)) {
                throw TimError.MSG_ELEMENT_INVALID.exception();
            }
            values.add(text.getString());
        }
        return Set.copyOf(values);
    }
}
