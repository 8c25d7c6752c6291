package io.herald.tencent.account;

import static io.herald.platform.Jsonp.JSON;

import io.herald.account.AccountDirectory;
import io.herald.account.AccountProfile;
import io.herald.domain.account.Account;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * {@code multiaccount_import}: up to 100 accounts, as {@code Accounts} (UserIDs) or the newer
 * {@code AccountList} (profiles). An account that cannot be imported is named in
 * {@code FailAccounts}; the others are imported all the same.
 */
@ApplicationScoped
public class MultiAccountImportCommand extends AccountCommand {

    @Inject
    AccountDirectory directory;

    public MultiAccountImportCommand() {
        super("multiaccount_import");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        List<Candidate> candidates = request.has("AccountList")
                ? items(request.array("AccountList", TimError.ACCOUNT_INVALID_PARAMETER).orElseThrow(), MultiAccountImportCommand::fromProfile)
                : items(request.array("Accounts", TimError.ACCOUNT_INVALID_PARAMETER).orElseThrow(AccountCommand::invalid), MultiAccountImportCommand::fromUserId);
        JsonArrayBuilder failed = JSON.createArrayBuilder();
        for (Candidate candidate : candidates) {
            if (candidate.profile() == null) {
                failed.add(candidate.name());
            } else {
                directory.importAccount(caller.app(), candidate.profile());
            }
        }
        return JSON.createObjectBuilder().add("FailAccounts", failed).build();
    }

    /** One entry of the list: what it was called, and its profile if it is a valid one. */
    private record Candidate(String name, AccountProfile profile) {
    }

    private static Candidate fromUserId(JsonValue value) {
        if (!(value instanceof JsonString id)) {
            throw invalid();
        }
        String userId = id.getString();
        return new Candidate(userId, Account.isValidUserId(userId) ? new AccountProfile(userId, null, null) : null);
    }

    private static Candidate fromProfile(JsonValue value) {
        if (!(value instanceof JsonObject item)) {
            throw invalid();
        }
        try {
            AccountProfile profile = profile(item);
            return new Candidate(profile.userId(), profile);
        } catch (io.herald.tencent.TimException e) {
            return new Candidate(item.getString("UserID", item.getString("Identifier", "")), null);
        }
    }
}
