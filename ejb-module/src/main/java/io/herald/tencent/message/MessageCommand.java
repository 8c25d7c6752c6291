package io.herald.tencent.message;

import io.herald.tencent.TimCommandHandler;
import io.herald.tencent.TimError;

/** What the openim message commands share: their service and the 90009 they answer a non-admin. */
abstract class MessageCommand implements TimCommandHandler {

    static final String SERVICE = "openim";

    private final String command;

    MessageCommand(String command) {
        this.command = command;
    }

    @Override
    public boolean serves(String service, String requested) {
        return SERVICE.equals(service) && command.equals(requested);
    }

    @Override
    public TimError notAdmin() {
        return TimError.MESSAGE_ADMIN_REQUIRED;
    }
}
