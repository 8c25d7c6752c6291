package io.herald.tencent.audience;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.account.Account;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code im_get_attr}, {@code im_set_attr} and {@code im_remove_attr}: users' attribute values, by
 * attribute name; a name the app has not set with im_set_attr_name is 90033. Accounts that do not
 * exist are listed in {@code ErrorList} (70107).
 */
final class AttributeCommands {

    private AttributeCommands() {
    }

    @ApplicationScoped
    public static class GetAttr extends AudienceCommand {

        public GetAttr() {
            super("im_get_attr");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            List<String> userIds = accounts(request);
            Map<String, Account> found = profiles.existing(caller.app(), userIds);
            JsonArrayBuilder users = JSON.createArrayBuilder();
            for (String userId : userIds) {
                Account account = found.get(userId);
                if (account != null) {
                    JsonObjectBuilder attributes = JSON.createObjectBuilder();
                    account.attributes().forEach(attributes::add);
                    users.add(JSON.createObjectBuilder().add("To_Account", userId).add("Attrs", attributes));
                }
            }
            return JSON.createObjectBuilder().add("UserAttrs", users)
                    .add("ErrorList", errorList(userIds, found.keySet())).build();
        }
    }

    @ApplicationScoped
    public static class SetAttr extends AudienceCommand {

        public SetAttr() {
            super("im_set_attr");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            Collection<String> named = profiles.attributeNames(caller.app()).values();
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            for (JsonValue item : items(request, "UserAttrs")) {
                String userId = account(item);
                if (!(((JsonObject) item).get("Attrs") instanceof JsonObject attributes)) {
                    throw TimError.ATTRIBUTE_INVALID.exception();
                }
                Map<String, String> userValues = values.computeIfAbsent(userId, u -> new LinkedHashMap<>());
                attributes.forEach((name, value) -> userValues.put(known(named, name), attributeText(value)));
            }
            Set<String> found = profiles.existing(caller.app(), values.keySet()).keySet();
            profiles.setAttributes(caller.app(), values);
            return JSON.createObjectBuilder().add("ErrorList", errorList(values.keySet(), found)).build();
        }
    }

    /** {@code Attrs} is a list of names, as documented, or an object whose keys are the names, as the doocs client sends it. */
    @ApplicationScoped
    public static class RemoveAttr extends AudienceCommand {

        public RemoveAttr() {
            super("im_remove_attr");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            Collection<String> named = profiles.attributeNames(caller.app()).values();
            Map<String, Set<String>> names = new LinkedHashMap<>();
            for (JsonValue item : items(request, "UserAttrs")) {
                String userId = account(item);
                Set<String> userNames = names.computeIfAbsent(userId, u -> new LinkedHashSet<>());
                JsonValue attributes = ((JsonObject) item).get("Attrs");
                if (attributes instanceof JsonArray list) {
                    list.forEach(name -> userNames.add(known(named, string(name, TimError.ATTRIBUTE_INVALID))));
                } else if (attributes instanceof JsonObject object) {
                    object.keySet().forEach(name -> userNames.add(known(named, name)));
                } else {
                    throw TimError.ATTRIBUTE_INVALID.exception();
                }
            }
            Set<String> found = profiles.existing(caller.app(), names.keySet()).keySet();
            profiles.removeAttributes(caller.app(), names);
            return JSON.createObjectBuilder().add("ErrorList", errorList(names.keySet(), found)).build();
        }
    }

    static String known(Collection<String> named, String name) {
        if (!named.contains(name)) {
            throw TimError.ATTRIBUTE_INVALID.exception();
        }
        return name;
    }
}
