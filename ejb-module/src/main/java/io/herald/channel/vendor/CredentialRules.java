package io.herald.channel.vendor;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A channel that sends with per-app credentials says here what a usable set of them looks like. */
public interface CredentialRules {

    String name();

    /** @throws IllegalArgumentException saying what is missing or unusable */
    void check(JsonObject credentials);

    /** The fields every credential of the channel needs, as strings. */
    static void require(JsonObject credentials, String... fields) {
        for (String field : fields) {
            if (!credentials.containsKey(field) || credentials.isNull(field)
                    || credentials.get(field).getValueType() != JsonValue.ValueType.STRING
                    || credentials.getString(field).isBlank()) {
                throw new IllegalArgumentException(field + " is required (a non-empty string)");
            }
        }
    }
}
