package io.herald.tencent.message;

import io.herald.messaging.SentMessage;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code openim/sendmsg} (seed 002): the admin, or an account on its behalf, sends one account a message. */
@ApplicationScoped
public class SendMsgCommand extends SendingCommand {

    public SendMsgCommand() {
        super("sendmsg");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        String to = request.string("To_Account", TimError.TO_ACCOUNT_MISSING).orElseThrow(TimError.TO_ACCOUNT_MISSING::exception);
        OutgoingMessage message = read(caller, request);
        if (!known(caller, message, List.of(to), TimError.SENDER_OR_RECIPIENT_UNKNOWN).contains(to)) {
            throw TimError.TO_ACCOUNT_NOT_FOUND.exception();
        }
        SentMessage sent = messaging.send(caller.app(), message.to(to));
        return Json.createObjectBuilder()
                .add("MsgTime", sent.sentAt().getEpochSecond())
                .add("MsgKey", sent.msgKey())
                .build();
    }
}
