package io.herald.tencent.message;

import static io.herald.platform.Jsonp.JSON;

import io.herald.messaging.DirectMessageDraft;
import io.herald.messaging.SentMessage;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code openim/batchsendmsg}: one message to up to 500 accounts under one MsgKey. Accounts that do
 * not exist are listed in ErrorList (70107) with ActionStatus {@code SomeError}; when none exists the
 * call fails with 90012.
 */
@ApplicationScoped
public class BatchSendMsgCommand extends SendingCommand {

    static final int MAX_RECIPIENTS = 500;

    public BatchSendMsgCommand() {
        super("batchsendmsg");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        List<String> recipients = recipients(request.array("To_Account", TimError.TO_ACCOUNT_MISSING).orElseThrow(TimError.TO_ACCOUNT_MISSING::exception));
        OutgoingMessage message = read(caller, request);
        Set<String> known = known(caller, message, recipients, TimError.FROM_ACCOUNT_INVALID);
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        List<DirectMessageDraft> drafts = new ArrayList<>();
        int failed = 0;
        for (String recipient : recipients) {
            if (known.contains(recipient)) {
                drafts.add(message.to(recipient));
            } else {
                errors.add(JSON.createObjectBuilder().add("To_Account", recipient).add("ErrorCode", TimError.ACCOUNT_NOT_FOUND.code()));
                failed++;
            }
        }
        if (drafts.isEmpty()) {
            throw TimError.TO_ACCOUNT_NOT_FOUND.exception();
        }
        List<SentMessage> sent = messaging.sendAll(caller.app(), drafts);
        JsonObjectBuilder result = JSON.createObjectBuilder().add("MsgKey", sent.get(sent.size() - 1).msgKey());
        if (failed > 0) {
            result.add("ActionStatus", "SomeError").add("ErrorList", errors);
        }
        return result.build();
    }

    private static List<String> recipients(JsonArray array) {
        if (array.isEmpty()) {
            throw TimError.TO_ACCOUNT_MISSING.exception();
        }
        if (array.size() > MAX_RECIPIENTS) {
            throw TimError.TOO_MANY_RECIPIENTS.exception();
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString name) || name.getString().isEmpty()) {
                throw TimError.TO_ACCOUNT_MISSING.exception();
            }
            recipients.add(name.getString());
        }
        return List.copyOf(recipients);
    }
}
