package io.herald.tencent.push;

import io.herald.audience.AudienceCondition;
import io.herald.domain.app.App;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code all_member_push/im_push} (seed 000, also answered at the older {@code openim/im_push}):
 * every account, or those the {@code Condition} selects — {@code TagsAnd}/{@code TagsOr} lists of at
 * most 10 tags each (90032; a tag 1 to 50 bytes, 90040/90020; none in both, 90022) or
 * {@code AttrsAnd}/{@code AttrsOr} objects of the app's attribute names (90033), never tags and
 * attributes together (90039). The same MsgRandom within the same second is the same push.
 */
@ApplicationScoped
public class ImPushCommand extends AllMemberPushCommand {

    static final int MAX_CONDITION_TAGS = 10;
    static final int MAX_BYTES = 50;

    public ImPushCommand() {
        super(Set.of("all_member_push", "openim"), "im_push");
    }

    @Override
    AudienceCondition condition(App app, TimRequest request) {
        JsonObject condition = request.object("Condition", TimError.JSON_PARSE_ERROR).orElse(JsonValue.EMPTY_JSON_OBJECT);
        Set<String> tagsAnd = tags(condition.get("TagsAnd"));
        Set<String> tagsOr = tags(condition.get("TagsOr"));
        if (tagsAnd.stream().anyMatch(tagsOr::contains)) {
            throw TimError.TAG_IN_BOTH_CONDITIONS.exception();
        }
        // The app's attribute names are read only for a condition on attributes, which most pushes are not.
        Collection<String> attributeNames = condition.containsKey("AttrsAnd") || condition.containsKey("AttrsOr")
                ? profiles.attributeNames(app).values() : Set.of();
        Map<String, String> attrsAnd = attributes(condition.get("AttrsAnd"), attributeNames);
        Map<String, String> attrsOr = attributes(condition.get("AttrsOr"), attributeNames);
        if ((!tagsAnd.isEmpty() || !tagsOr.isEmpty()) && (!attrsAnd.isEmpty() || !attrsOr.isEmpty())) {
            throw TimError.TAGS_AND_ATTRIBUTES.exception();
        }
        return new AudienceCondition(tagsAnd, tagsOr, attrsAnd, attrsOr);
    }

    @Override
    Optional<String> repeatOf(App app, long random, Instant now) {
        return pushes.madeWithRandom(app, random, now.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Set<String> tags(JsonValue list) {
        if (list == null) {
            return Set.of();
        }
        if (!(list instanceof JsonArray array)) {
            throw TimError.TAG_INVALID.exception();
        }
        if (array.size() > MAX_CONDITION_TAGS) {
            throw TimError.TOO_MANY_TAGS.exception();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString tag) || tag.getString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw TimError.TAG_INVALID.exception();
            }
            if (tag.getString().isEmpty()) {
                throw TimError.TAG_EMPTY.exception();
            }
            tags.add(tag.getString());
        }
        return tags;
    }

    private static Map<String, String> attributes(JsonValue given, Collection<String> attributeNames) {
        if (given == null) {
            return Map.of();
        }
        if (!(given instanceof JsonObject object)) {
            throw TimError.ATTRIBUTE_INVALID.exception();
        }
        Map<String, String> values = new HashMap<>();
        object.forEach((name, value) -> {
            if (!attributeNames.contains(name) || !(value instanceof JsonString text) || text.getString().isEmpty()
                    || text.getString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw TimError.ATTRIBUTE_INVALID.exception();
            }
            values.put(name, text.getString());
        });
        return values;
    }
}
