package io.herald.tencent.message;

import io.herald.tencent.TimCommand;
import io.herald.tencent.TimError;

/** What the openim message commands share: their service and the 90009 they answer a non-admin. */
abstract class MessageCommand extends TimCommand {

    static final String SERVICE = "openim";

    MessageCommand(String command) {
        super(SERVICE, command, TimError.MESSAGE_ADMIN_REQUIRED);
    }
}
