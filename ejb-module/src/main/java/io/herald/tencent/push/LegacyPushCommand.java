package io.herald.tencent.push;

import io.herald.audience.AudienceCondition;
import io.herald.domain.app.App;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code openim/push} (seed 001, the public beta): the {@code Condition} holds only {@code TagsOr}
 * and {@code TagsAnd}, each an object whose keys are "0" to "9" and whose values are tags of at most
 * 50 bytes (90020), and both together mean both (90027 for anything else). A MsgRandom may be used
 * once per app and day: a second push with it is 90025.
 */
@ApplicationScoped
public class LegacyPushCommand extends AllMemberPushCommand {

    static final Set<String> MEMBERS = Set.of("TagsOr", "TagsAnd");
    static final int MAX_BYTES = 50;

    public LegacyPushCommand() {
        super(Set.of("openim"), "push");
    }

    @Override
    AudienceCondition condition(App app, TimRequest request) {
        JsonObject condition = request.object("Condition", TimError.PUSH_CONDITION_INVALID).orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (!MEMBERS.containsAll(condition.keySet())) {
            throw TimError.PUSH_CONDITION_INVALID.exception();
        }
        return new AudienceCondition(tags(condition.get("TagsAnd")), tags(condition.get("TagsOr")), Map.of(), Map.of());
    }

    @Override
    Optional<String> repeatOf(App app, long random, Instant now) {
        Instant startOfDay = LocalDate.ofInstant(now, app.timeZone()).atStartOfDay(app.timeZone()).toInstant();
        if (pushes.madeWithRandom(app, random, startOfDay).isPresent()) {
            throw TimError.PUSH_TASK_EXISTS.exception();
        }
        return Optional.empty();
    }

    private static Set<String> tags(JsonValue slots) {
        if (slots == null) {
            return Set.of();
        }
        if (!(slots instanceof JsonObject object)) {
            throw TimError.TAG_INVALID.exception();
        }
        Set<String> tags = new LinkedHashSet<>();
        object.forEach((slot, value) -> {
            if (!slot.matches("[0-9]") || !(value instanceof JsonString tag) || tag.getString().isEmpty()
                    || tag.getString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw TimError.TAG_INVALID.exception();
            }
            tags.add(tag.getString());
        });
        return tags;
    }
}
