package io.herald.tencent.account;

import static io.herald.platform.Jsonp.JSON;

import io.herald.account.KnownAccounts;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/** {@code account_check}: for up to 100 UserIDs, whether each is {@code Imported} or {@code NotImported}. */
@ApplicationScoped
public class AccountCheckCommand extends AccountCommand {

    @Inject
    KnownAccounts directory;

    public AccountCheckCommand() {
        super("account_check");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        List<String> userIds = items(request.array("CheckItem", TimError.ACCOUNT_INVALID_PARAMETER).orElseThrow(AccountCommand::invalid), AccountCommand::userIdItem);
        Set<String> imported = directory.existing(caller.app(), userIds);
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (String userId : userIds) {
            results.add(JSON.createObjectBuilder()
                    .add("UserID", userId)
                    .add("ResultCode", 0)
                    .add("ResultInfo", "")
                    .add("AccountStatus", imported.contains(userId) ? "Imported" : "NotImported"));
        }
        return JSON.createObjectBuilder().add("ResultItem", results).build();
    }
}
