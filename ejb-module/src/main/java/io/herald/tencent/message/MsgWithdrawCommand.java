package io.herald.tencent.message;

import io.herald.messaging.DirectMessaging;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/** {@code openim/admin_msgwithdraw}: withdraws a one-to-one message for good, whenever it was sent. */
@ApplicationScoped
public class MsgWithdrawCommand extends MessageCommand {

    /** The form of every MsgKey Herald hands out: sequence_random_seconds. */
    static final Pattern MSG_KEY = Pattern.compile("\\d{1,10}_\\d{1,10}_\\d{1,12}");

    @Inject
    DirectMessaging messaging;

    public MsgWithdrawCommand() {
        super("admin_msgwithdraw");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        String from = request.string("From_Account", TimError.FROM_ACCOUNT_INVALID).filter(s -> !s.isEmpty())
                .orElseThrow(TimError.FROM_ACCOUNT_INVALID::exception);
        String to = request.string("To_Account", TimError.TO_ACCOUNT_MISSING).filter(s -> !s.isEmpty())
                .orElseThrow(TimError.TO_ACCOUNT_MISSING::exception);
        String key = request.string("MsgKey", TimError.MSG_KEY_INVALID).filter(k -> MSG_KEY.matcher(k).matches())
                .orElseThrow(TimError.MSG_KEY_INVALID::exception);
        return switch (messaging.withdraw(caller.app(), from, to, key)) {
            case WITHDRAWN -> JsonValue.EMPTY_JSON_OBJECT;
            case NOT_FOUND -> throw TimError.WITHDRAW_MESSAGE_NOT_FOUND.exception();
            case ALREADY_WITHDRAWN -> throw TimError.WITHDRAW_ALREADY_WITHDRAWN.exception();
        };
    }
}
