package io.herald.audience;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An audience condition as a push task keeps it: JSON with the members that are set. */
public final class AudienceConditions {

    private AudienceConditions() {
    }

    public static String toJson(AudienceCondition condition) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (!condition.tagsAnd().isEmpty()) {
            json.add("TagsAnd", JSON.createArrayBuilder(condition.tagsAnd()));
        }
        if (!condition.tagsOr().isEmpty()) {
            json.add("TagsOr", JSON.createArrayBuilder(condition.tagsOr()));
        }
        if (!condition.attrsAnd().isEmpty()) {
            json.add("AttrsAnd", JSON.createObjectBuilder(Map.copyOf(condition.attrsAnd())));
        }
        if (!condition.attrsOr().isEmpty()) {
            json.add("AttrsOr", JSON.createObjectBuilder(Map.copyOf(condition.attrsOr())));
        }
        return json.build().toString();
    }

    public static AudienceCondition fromJson(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new AudienceCondition(strings(json, "TagsAnd"), strings(json, "TagsOr"), values(json, "AttrsAnd"), values(json, "AttrsOr"));
        }
    }

    private static Set<String> strings(JsonObject json, String member) {
        return json.containsKey(member) ? json.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet()) : Set.of();
    }

    private static Map<String, String> values(JsonObject json, String member) {
        Map<String, String> values = new HashMap<>();
        if (json.containsKey(member)) {
            json.getJsonObject(member).forEach((name, value) -> values.put(name, ((JsonString) value).getString()));
        }
        return values;
    }
}
