package io.herald.tencent.account;

import static io.herald.platform.Jsonp.JSON;

import io.herald.account.AccountDirectory;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** {@code account_delete}: up to 100 accounts, each answered in {@code ResultItem} (70107 when it did not exist). */
@ApplicationScoped
public class AccountDeleteCommand extends AccountCommand {

    @Inject
    AccountDirectory directory;

    public AccountDeleteCommand() {
        super("account_delete");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (String userId : items(request.array("DeleteItem", TimError.ACCOUNT_INVALID_PARAMETER).orElseThrow(AccountCommand::invalid), AccountCommand::userIdItem)) {
            boolean deleted = directory.delete(caller.app(), userId);
            TimError outcome = TimError.ACCOUNT_NOT_FOUND;
            results.add(JSON.createObjectBuilder()
                    .add("ResultCode", deleted ? 0 : outcome.code())
                    .add("ResultInfo", deleted ? "" : outcome.info())
                    .add("UserID", userId));
        }
        return JSON.createObjectBuilder().add("ResultItem", results).build();
    }
}
