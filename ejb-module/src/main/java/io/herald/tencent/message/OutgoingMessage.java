package io.herald.tencent.message;

import io.herald.domain.message.DirectAddress;
import io.herald.messaging.DirectMessageDraft;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fields sendmsg and batchsendmsg share, read and checked in the seed's terms: who sends,
 * MsgRandom, MsgSeq, MsgTimeStamp, SyncOtherMachine, MsgLifeTime, MsgBody, OfflinePushInfo,
 * CloudCustomData and the two control lists. Without MsgTimeStamp the message time is the time of
 * the call, the same for every recipient of a batch so that they share one MsgKey.
 */
record OutgoingMessage(String sender, boolean explicitSender, long random, long sequence, Instant sentAt,
                       int syncOtherMachine, Duration lifetime, String body, String offlinePush, String customData) {

    static final long UINT32_MAX = 4294967295L;
    /** Offline storage is seven days at most; a longer MsgLifeTime is kept seven days. */
    static final Duration MAX_LIFETIME = Duration.ofDays(7);
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
        if (!request.has("MsgBody")) {
            throw TimError.MSG_BODY_INVALID.exception();
        }
        JsonValue body = request.json().get("MsgBody");
        TimElements.check(body);
        String bodyJson = body.toString();
        if (bodyJson.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw TimError.MESSAGE_TOO_LARGE.exception();
        }
        JsonObject offlinePush = request.object("OfflinePushInfo", TimError.OFFLINE_PUSH_INVALID).orElse(null);
        if (offlinePush != null) {
            TimOfflinePush.check(offlinePush);
        }
        String customData = request.string("CloudCustomData", TimError.MSG_ELEMENT_INVALID).orElse(null);
        checkControlList(request, "ForbidCallbackControl");
        checkControlList(request, "SendMsgControl");
        return new OutgoingMessage(from != null ? from : caller.identifier(), from != null, random, sequence, sentAt, sync,
                lifetime, bodyJson, offlinePush == null ? null : offlinePush.toString(), customData);
    }

    DirectMessageDraft to(String recipient) {
        return new DirectMessageDraft(new DirectAddress(sender, recipient, sequence, random), sentAt, body, lifetime,
                offlinePush, customData, syncOtherMachine == SYNC_TO_SENDER, syncOtherMachine != NOT_IN_SENDER_HISTORY);
    }

    private static void checkControlList(TimRequest request, String field) {
        JsonArray list = request.array(field, TimError.MSG_ELEMENT_INVALID).orElse(JsonValue.EMPTY_JSON_ARRAY);
        if (list.stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
            throw TimError.MSG_ELEMENT_INVALID.exception();
        }
    }
}
