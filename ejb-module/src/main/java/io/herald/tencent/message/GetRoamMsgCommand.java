package io.herald.tencent.message;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.message.Message;
import io.herald.messaging.DirectMessaging;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * {@code openim/admin_getroammsg}: one side's view of a conversation, newest first, between MinTime
 * and MaxTime (seconds, inclusive). Takes the current {@code Operator_Account}/{@code Peer_Account}
 * and the older {@code From_Account}/{@code To_Account}. A page stops at MaxCnt messages or about
 * 13 KB; {@code Complete} 0 means the caller continues with MaxTime = LastMsgTime and LastMsgKey.
 * Withdrawn messages are listed with MsgFlagBits 8.
 */
@ApplicationScoped
public class GetRoamMsgCommand extends MessageCommand {

    static final int PAGE_BYTES = 13 * 1024;
    static final int MAX_PAGE_MESSAGES = 1000;
    static final int WITHDRAWN_FLAG = 8;

    @Inject
    DirectMessaging messaging;

    public GetRoamMsgCommand() {
        super("admin_getroammsg");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        String owner = account(request, "Operator_Account", "From_Account", TimError.FROM_ACCOUNT_INVALID);
        String peer = account(request, "Peer_Account", "To_Account", TimError.TO_ACCOUNT_MISSING);
        long maxCount = required(request, "MaxCnt");
        long minTime = required(request, "MinTime");
        long maxTime = required(request, "MaxTime");
        if (maxCount <= 0 || minTime < 0 || maxTime < minTime) {
            throw TimError.REQUEST_INVALID.exception();
        }
        String lastKey = request.string("LastMsgKey", TimError.REQUEST_INVALID).filter(k -> !k.isEmpty()).orElse(null);
        int wanted = (int) Math.min(maxCount, MAX_PAGE_MESSAGES);
        List<Message> found = messaging.history(caller.app(), owner, peer, Instant.ofEpochSecond(minTime),
                Instant.ofEpochSecond(maxTime + 1), lastKey, wanted + 1);

        JsonArrayBuilder list = JSON.createArrayBuilder();
        int count = 0;
        int bytes = 0;
        Message last = null;
        for (Message m : found.subList(0, Math.min(found.size(), wanted))) {
            JsonObject entry = entry(m);
            int size = entry.toString().getBytes(StandardCharsets.UTF_8).length;
            if (count > 0 && bytes + size > PAGE_BYTES) {
                break;
            }
            list.add(entry);
            bytes += size;
            count++;
            last = m;
        }
        boolean complete = count == found.size();
        return JSON.createObjectBuilder()
                .add("Complete", complete ? 1 : 0)
                .add("MsgCnt", count)
                .add("LastMsgTime", last == null ? 0 : last.createdAt().getEpochSecond())
                .add("LastMsgKey", last == null ? "" : last.msgKey())
                .add("MsgList", list)
                .build();
    }

    private static JsonObject entry(Message m) {
        try (JsonReader body = JSON.createReader(new StringReader(m.payload()))) {
            return JSON.createObjectBuilder()
                    .add("From_Account", m.sender().orElse(""))
                    .add("To_Account", m.recipient().orElse(""))
                    .add("MsgSeq", m.sequence().orElse(0L))
                    .add("MsgRandom", m.random().orElse(0L))
                    .add("MsgTimeStamp", m.createdAt().getEpochSecond())
                    .add("MsgFlagBits", m.isWithdrawn() ? WITHDRAWN_FLAG : 0)
                    // Read receipts are not reported to Herald yet, so no message counts as read by the peer.
                    .add("IsPeerRead", 0)
                    .add("MsgKey", m.msgKey())
                    .add("MsgBody", body.readArray())
                    .add("CloudCustomData", m.customData().orElse(""))
                    .build();
        }
    }

    private static String account(TimRequest request, String current, String older, TimError missing) {
        String field = request.has(current) ? current : older;
        return request.string(field, missing).filter(s -> !s.isEmpty()).orElseThrow(missing::exception);
    }

    private static long required(TimRequest request, String field) {
        return request.integer(field, TimError.REQUEST_INVALID).orElseThrow(TimError.REQUEST_INVALID::exception);
    }
}
