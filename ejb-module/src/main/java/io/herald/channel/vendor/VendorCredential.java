package io.herald.channel.vendor;

import jakarta.json.JsonObject;
import java.util.Optional;

/** An app's credentials for one channel, opened, with the version that tells when they changed. */
public record VendorCredential(long appId, String channel, int version, JsonObject fields) {

    public String get(String field) {
        return fields.getString(field);
    }

    public Optional<String> optional(String field) {
        return fields.containsKey(field) && !fields.isNull(field) ? Optional.of(fields.getString(field)) : Optional.empty();
    }
}
