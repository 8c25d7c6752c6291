package io.herald.tencent.message;

import static io.herald.platform.Jsonp.JSON;

import io.herald.account.KnownAccounts;
import io.herald.gateway.GatewayConnection;
import io.herald.gateway.GatewaySessions;
import io.herald.gateway.Recipient;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code openim/query_online_status} and the older {@code openim/querystate}: whether each account
 * has a device connected to the gateway ({@code Online}) or not ({@code Offline}), with one
 * {@code Detail} entry per connected device when {@code IsNeedDetail} is 1. The older command names
 * the field {@code State}, the newer {@code Status}. Accounts that were never imported are listed
 * in {@code ErrorList} (70107).
 */
abstract class OnlineStateQuery extends MessageCommand {

    static final int MAX_ACCOUNTS = 500;

    @Inject
    GatewaySessions sessions;

    @Inject
    KnownAccounts accounts;

    private final String stateField;

    OnlineStateQuery(String command, String stateField) {
        super(command);
        this.stateField = stateField;
    }

    @Override
    public JsonObject handle(TimCaller caller, TimRequest request) {
        List<String> wanted = names(request.array("To_Account", TimError.TO_ACCOUNT_MISSING).orElseThrow(TimError.TO_ACCOUNT_MISSING::exception));
        boolean detail = request.integer("IsNeedDetail", TimError.REQUEST_INVALID).orElse(0L) == 1;
        Set<String> known = accounts.existing(caller.app(), wanted);
        JsonArrayBuilder results = JSON.createArrayBuilder();
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        for (String account : wanted) {
            if (!known.contains(account)) {
                errors.add(JSON.createObjectBuilder().add("To_Account", account).add("ErrorCode", TimError.ACCOUNT_NOT_FOUND.code()));
                continue;
            }
            List<GatewayConnection> devices = sessions.of(Recipient.account(caller.app().id(), account));
            JsonObjectBuilder result = JSON.createObjectBuilder()
                    .add("To_Account", account)
                    .add(stateField, devices.isEmpty() ? "Offline" : "Online");
            if (detail && !devices.isEmpty()) {
                JsonArrayBuilder details = JSON.createArrayBuilder();
                devices.forEach(d -> details.add(JSON.createObjectBuilder().add("Platform", d.platform()).add("Status", "Online")));
                result.add("Detail", details);
            }
            results.add(result);
        }
        return JSON.createObjectBuilder().add("QueryResult", results).add("ErrorList", errors).build();
    }

    private static List<String> names(JsonArray array) {
        if (array.size() > MAX_ACCOUNTS) {
            throw TimError.TOO_MANY_ACCOUNTS.exception();
        }
        List<String> names = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (!(value instanceof JsonString name)) {
                throw TimError.TO_ACCOUNT_MISSING.exception();
            }
            names.add(name.getString());
        }
        return names;
    }
}
