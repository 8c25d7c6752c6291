package io.herald.tencent.message;

import io.herald.account.KnownAccounts;
import io.herald.channel.vendor.VendorRouting;
import io.herald.messaging.DirectMessaging;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What sendmsg and batchsendmsg share: reading the message, and knowing which of its accounts exist. */
abstract class SendingCommand extends MessageCommand {

    @Inject
    DirectMessaging messaging;

    @Inject
    KnownAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    VendorRouting routing;

    /** Tencent's limit on a message body (the seed's 8 KB; 93000 above it), unless the app sets its own. */
    @Inject
    @ConfigProperty(name = "herald.tencent.max-message-bytes", defaultValue = "8192")
    int maxMessageBytes;

    SendingCommand(String command) {
        super(command);
    }

    OutgoingMessage read(TimCaller caller, TimRequest request) {
        OutgoingMessage message = OutgoingMessage.read(caller, request, caller.app().messageSizeLimit().orElse(maxMessageBytes), clock.instant());
        TimOfflinePush.checkFits(routing, caller.app(), message.offlinePush());
        return message;
    }

    /**
     * Which of the recipients are imported accounts. A sender named explicitly must be one, unless it
     * is the admin itself (which need not be imported); otherwise the call fails with {@code unknownSender}.
     */
    Set<String> known(TimCaller caller, OutgoingMessage message, Collection<String> recipients, TimError unknownSender) {
        boolean senderMustExist = message.explicitSender() && !caller.app().isAdmin(message.sender());
        List<String> asked = new ArrayList<>(recipients);
        if (senderMustExist) {
            asked.add(message.sender());
        }
        Set<String> known = accounts.existing(caller.app(), asked);
        if (senderMustExist && !known.contains(message.sender())) {
            throw unknownSender.exception();
        }
        return known;
    }
}
