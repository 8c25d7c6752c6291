package io.herald.push;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.device.Platform;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

/**
 * The devices a broadcast reaches: every device of one platform that is bound to a user (bound
 * within {@code boundWithin}, if given), that is not (seen within {@code unboundWithin}, if given),
 * or both; through Herald's own channel only when {@code gatewayOnly}.
 */
public record BroadcastAudience(Platform platform, boolean bound, boolean unbound, Duration boundWithin, Duration unboundWithin, boolean gatewayOnly) {

    public Instant boundSince(Instant now) {
        return boundWithin == null ? null : now.minus(boundWithin);
    }

    public Instant unboundSince(Instant now) {
        return unboundWithin == null ? null : now.minus(unboundWithin);
    }

    String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("platform", platform.name()).add("bound", bound).add("unbound", unbound)
                .add("gatewayOnly", gatewayOnly);
        if (boundWithin != null) {
            json.add("boundWithinSeconds", boundWithin.toSeconds());
        }
        if (unboundWithin != null) {
            json.add("unboundWithinSeconds", unboundWithin.toSeconds());
        }
        return json.build().toString();
    }

    static BroadcastAudience fromJson(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new BroadcastAudience(Platform.valueOf(json.getString("platform")), json.getBoolean("bound"), json.getBoolean("unbound"),
                    json.containsKey("boundWithinSeconds") ? Duration.ofSeconds(json.getJsonNumber("boundWithinSeconds").longValue()) : null,
                    json.containsKey("unboundWithinSeconds") ? Duration.ofSeconds(json.getJsonNumber("unboundWithinSeconds").longValue()) : null,
                    json.getBoolean("gatewayOnly"));
        }
    }
}
