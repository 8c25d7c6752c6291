package io.herald.tencent.account;

import io.herald.account.AccountDirectory;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** {@code account_import}: one account, created or updated. */
@ApplicationScoped
public class AccountImportCommand extends AccountCommand {

    @Inject
    AccountDirectory directory;

    public AccountImportCommand() {
        super("account_import");
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        directory.importAccount(caller.app(), profile(request.json()));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
