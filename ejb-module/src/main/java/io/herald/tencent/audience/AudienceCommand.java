package io.herald.tencent.audience;

import static io.herald.platform.Jsonp.JSON;

import io.herald.audience.AudienceProfiles;
import io.herald.tencent.TimCommand;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the attribute and tag commands share: both paths ({@code all_member_push} and the older
 * {@code openim}), the admin requirement (90009), at most 100 accounts per call (90018), and the
 * checks on tags (90020, 90040) and attribute values (90030).
 */
abstract class AudienceCommand extends TimCommand {

    static final Set<String> SERVICES = Set.of("all_member_push", "openim");
    static final int MAX_ACCOUNTS = 100;
    static final int MAX_TAG_BYTES = 50;
    static final int MAX_ATTRIBUTE_BYTES = 50;

    @Inject
    AudienceProfiles profiles;

    private final String command;

    AudienceCommand(String command) {
        super("all_member_push", command, TimError.MESSAGE_ADMIN_REQUIRED);
        this.command = command;
    }

    @Override
    public boolean serves(String service, String requested) {
        return SERVICES.contains(service) && command.equals(requested);
    }

    /** The items of a list field of at most 100 entries. */
    static List<JsonValue> items(TimRequest request, String field) {
        JsonArray items = request.array(field, TimError.JSON_PARSE_ERROR).orElseThrow(TimError.JSON_PARSE_ERROR::exception);
        if (items.size() > MAX_ACCOUNTS) {
            throw TimError.TOO_MANY_ACCOUNTS.exception();
        }
        return items;
    }

    /** {@code To_Account}: a list of at most 100 UserIDs. */
    static List<String> accounts(TimRequest request) {
        List<String> userIds = new ArrayList<>();
        for (JsonValue value : items(request, "To_Account")) {
            userIds.add(string(value, TimError.JSON_PARSE_ERROR));
        }
        return userIds;
    }

    /** The {@code To_Account} of an item shaped {@code {"To_Account":..., ...}}. */
    static String account(JsonValue item) {
        if (item instanceof JsonObject object && object.get("To_Account") instanceof JsonString userId) {
            return userId.getString();
        }
        throw TimError.JSON_PARSE_ERROR.exception();
    }

    static Set<String> tags(JsonValue list, int max) {
        if (!(list instanceof JsonArray array)) {
            throw TimError.TAG_INVALID.exception();
        }
        if (array.size() > max) {
            throw TimError.TOO_MANY_TAGS.exception();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (JsonValue value : array) {
            tags.add(tag(value));
        }
        return tags;
    }

    /** One tag: a string of 1 to 50 bytes. */
    static String tag(JsonValue value) {
        String tag = string(value, TimError.TAG_INVALID);
        if (tag.isEmpty()) {
            throw TimError.TAG_EMPTY.exception();
        }
        if (tag.getBytes(StandardCharsets.UTF_8).length > MAX_TAG_BYTES) {
            throw TimError.TAG_INVALID.exception();
        }
        return tag;
    }

    /** An attribute name or value: a string of 1 to 50 bytes. */
    static String attributeText(JsonValue value) {
        String text = string(value, TimError.ATTRIBUTE_LENGTH_INVALID);
        if (text.isEmpty() || text.getBytes(StandardCharsets.UTF_8).length > MAX_ATTRIBUTE_BYTES) {
            throw TimError.ATTRIBUTE_LENGTH_INVALID.exception();
        }
        return text;
    }

    static String string(JsonValue value, TimError otherwise) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw otherwise.exception();
    }

    /** The accounts named that are not among those found, as {@code ErrorList} entries (70107). */
    static JsonArrayBuilder errorList(Collection<String> named, Collection<String> found) {
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        named.stream().filter(userId -> !found.contains(userId))
                .forEach(userId -> errors.add(JSON.createObjectBuilder().add("To_Account", userId).add("ErrorCode", TimError.ACCOUNT_NOT_FOUND.code())));
        return errors;
    }
}
