package io.herald.tencent.account;

import io.herald.account.AccountProfile;
import io.herald.domain.account.Account;
import io.herald.tencent.TimCommand;
import io.herald.tencent.TimError;
import io.herald.tencent.TimException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the account commands share: their service, their error codes, and reading UserIDs and profiles. */
abstract class AccountCommand extends TimCommand {

    static final String SERVICE = "im_open_login_svc";
    /** Accounts per multiaccount_import, account_delete and account_check call. */
    static final int MAX_ACCOUNTS_PER_CALL = 100;
    /** Nick and FaceUrl, like every profile field. */
    static final int MAX_PROFILE_FIELD_BYTES = 500;

    AccountCommand(String command) {
        super(SERVICE, command, TimError.ACCOUNT_ADMIN_REQUIRED);
    }

    static TimException invalid() {
        return TimError.ACCOUNT_INVALID_PARAMETER.exception();
    }

    /** The items of a list field that must be present, non-empty and at most 100 long. */
    static <T> List<T> items(JsonArray array, Function<JsonValue, T> item) {
        if (array.isEmpty() || array.size() > MAX_ACCOUNTS_PER_CALL) {
            throw invalid();
        }
        List<T> result = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            result.add(item.apply(value));
        }
        return result;
    }

    /** The UserID of an item shaped {@code {"UserID":"..."}}. */
    static String userIdItem(JsonValue value) {
        if (value instanceof JsonObject item && item.get("UserID") instanceof JsonString id) {
            return id.getString();
        }
        throw invalid();
    }

    /** A profile from an object with {@code UserID} (or the older {@code Identifier}), {@code Nick}, {@code FaceUrl}. */
    static AccountProfile profile(JsonObject item) {
        JsonValue id = item.containsKey("UserID") ? item.get("UserID") : item.get("Identifier");
        if (!(id instanceof JsonString userId) || !Account.isValidUserId(userId.getString())) {
            throw invalid();
        }
        return new AccountProfile(userId.getString(), profileField(item, "Nick"), profileField(item, "FaceUrl"));
    }

    private static String profileField(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PROFILE_FIELD_BYTES) {
            throw invalid();
        }
        return text.getString();
    }
}
