package io.herald.tencent.message;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.CallbackSettings;
import io.herald.messaging.DirectMessageGroupCommit;
import io.herald.messaging.SentMessage;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimException;
import io.herald.tencent.TimRequest;
import io.herald.tencent.callback.BeforeSendVerdict;
import io.herald.tencent.callback.C2cCallbacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code openim/sendmsg} (seed 002): the admin, or an account on its behalf, sends one account a
 * message. When the app has a callback backend, it is asked before the message is accepted
 * ({@code C2C.CallbackBeforeSendMsg}: allow, possibly changed; refuse with 20006 or the app's own
 * code; drop silently) and told afterwards ({@code C2C.CallbackAfterSendMsg}), unless the request's
 * {@code ForbidCallbackControl} says otherwise.
 * <p>
 * It runs outside a transaction: the message is stored by the group commit, and a call that held a
 * transaction (with its database connection) while it waited, or while the backend answered its
 * callback, could leave the writers without connections.
 */
@ApplicationScoped
public class SendMsgCommand extends SendingCommand {

    static final String FORBID_BEFORE = "ForbidBeforeSendMsgCallback";
    static final String FORBID_AFTER = "ForbidAfterSendMsgCallback";

    @Inject
    C2cCallbacks callbacks;

    @Inject
    DirectMessageGroupCommit groupCommit;

    public SendMsgCommand() {
        super("sendmsg");
    }

    @Override
    public boolean runsOutsideTransaction() {
        return true;
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        String to = request.string("To_Account", TimError.TO_ACCOUNT_MISSING).orElseThrow(TimError.TO_ACCOUNT_MISSING::exception);
        OutgoingMessage message = read(caller, request);
        if (!known(caller, message, List.of(to), TimError.SENDER_OR_RECIPIENT_UNKNOWN).contains(to)) {
            throw TimError.TO_ACCOUNT_NOT_FOUND.exception();
        }
        Optional<CallbackSettings> backend = caller.app().callbacks();
        if (backend.isPresent() && message.allowsCallback(FORBID_BEFORE)) {
            Optional<OutgoingMessage> allowed = askBackend(caller, backend.get(), message, to);
            if (allowed.isEmpty()) {
                return answer(message.sentAt(), message.key());
            }
            message = allowed.get();
        }
        SentMessage sent = groupCommit.send(caller.app(), message.to(to));
        if (backend.isPresent() && message.allowsCallback(FORBID_AFTER) && !sent.repeated()) {
            callbacks.afterSend(caller.app(), caller.clientIp(), JSON.createObjectBuilder(message.callbackEvent(to))
                    .add("SendMsgResult", 0)
                    .add("ErrorInfo", "send msg succeed")
                    .add("UnreadMsgNum", messaging.notArrivedCount(caller.app(), to))
                    .build());
        }
        return answer(sent.sentAt(), sent.msgKey());
    }

    /** @return the message to send (as the backend left it), or empty when the backend dropped it silently */
    private Optional<OutgoingMessage> askBackend(TimCaller caller, CallbackSettings backend, OutgoingMessage message, String to) {
        BeforeSendVerdict verdict = callbacks.beforeSend(caller.app(), backend, caller.clientIp(), message.callbackEvent(to));
        if (verdict instanceof BeforeSendVerdict.Refuse refuse) {
            throw new TimException(refuse.code(), refuse.info());
        }
        if (verdict instanceof BeforeSendVerdict.Drop) {
            return Optional.empty();
        }
        if (verdict instanceof BeforeSendVerdict.Allow allow) {
            try {
                return Optional.of(message.replacedBy(allow.replacementBody(), allow.replacementCustomData()));
            } catch (TimException malformedReplacement) {
                return unanswered(backend, message);
            }
        }
        return unanswered(backend, message);
    }

    /** A backend that did not answer usably lets the message through, unless the app chose to fail closed. */
    private static Optional<OutgoingMessage> unanswered(CallbackSettings backend, OutgoingMessage message) {
        if (backend.failClosed()) {
            throw TimError.CALLBACK_FAILED.exception();
        }
        return Optional.of(message);
    }

    private static JsonObject answer(Instant sentAt, String msgKey) {
        return JSON.createObjectBuilder()
                .add("MsgTime", sentAt.getEpochSecond())
                .add("MsgKey", msgKey)
                .build();
    }
}
