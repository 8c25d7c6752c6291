package io.herald.tencent.push;

import io.herald.audience.AudienceCondition;
import io.herald.domain.message.Message;
import io.herald.push.AudiencePushRequest;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import io.herald.tencent.message.TimElements;
import io.herald.tencent.message.TimOfflinePush;
import java.time.Duration;

/**
 * The fields im_push and the legacy push share, checked in the seeds' terms: From_Account (the admin
 * by default, or an imported account), MsgRandom (90005), MsgLifeTime (0 to 7 days, 0 by default:
 * online users only; 90026), MsgBody (90002, 90007, 90010), OfflinePushInfo (90043). The condition
 * is read by each command, in its own shape.
 */
record AllMemberPushFields(String sender, long random, Duration lifetime, String body, String offlinePush) {

    static final long UINT32_MAX = 4294967295L;

    static AllMemberPushFields read(TimCaller caller, TimRequest request, int maxBodyBytes) {
        String from = request.string("From_Account", TimError.SENDER_OR_RECIPIENT_UNKNOWN).orElse(caller.identifier());
        long random = request.integer("MsgRandom", TimError.MSG_RANDOM_MISSING).orElseThrow(TimError.MSG_RANDOM_MISSING::exception);
        if (random < 0 || random > UINT32_MAX) {
            throw TimError.MSG_RANDOM_MISSING.exception();
        }
        Duration lifetime = request.integer("MsgLifeTime", TimError.MSG_LIFETIME_INVALID).map(Duration::ofSeconds).orElse(Duration.ZERO);
        if (lifetime.isNegative() || lifetime.compareTo(Message.MAX_LIFETIME) > 0) {
            throw TimError.MSG_LIFETIME_INVALID.exception();
        }
        String bodyJson = TimElements.body(request, maxBodyBytes);
        String offlinePush = TimOfflinePush.of(request, from);
        return new AllMemberPushFields(from, random, lifetime, bodyJson, offlinePush);
    }

    AudiencePushRequest to(AudienceCondition condition) {
        return new AudiencePushRequest(sender, random, lifetime, body, offlinePush, condition);
    }
}
