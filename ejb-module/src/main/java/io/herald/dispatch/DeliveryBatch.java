package io.herald.dispatch;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/**
 * What travels on a channel queue: the ids of a few hundred deliveries for one channel, as versioned
 * JSON, and what to do with them — send them, or recall what they showed on devices (a batch
 * written before recalls existed has no purpose and is a send). The rows themselves stay in the
 * database, so a batch is small and a revoked or expired delivery is noticed when the batch is
 * taken, not when it was queued.
 */
public record DeliveryBatch(String channel, List<Long> deliveryIds, Purpose purpose) {

    public enum Purpose { SEND, RECALL }

    static final int SCHEMA_VERSION = 1;

    public DeliveryBatch {
        deliveryIds = List.copyOf(deliveryIds);
    }

    public DeliveryBatch(String channel, List<Long> deliveryIds) {
        this(channel, deliveryIds, Purpose.SEND);
    }

    public String toJson() {
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        deliveryIds.forEach(ids::add);
        return JSON.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("channel", channel)
                .add("deliveryIds", ids)
                .add("purpose", purpose.name())
                .build().toString();
    }

    public static DeliveryBatch fromJson(String json) {
        JsonObject doc = JSON.createReader(new StringReader(json)).readObject();
        int version = doc.getInt("schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported delivery batch schema version " + version);
        }
        List<Long> ids = doc.getJsonArray("deliveryIds").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValueExact).toList();
        return new DeliveryBatch(doc.getString("channel"), ids, Purpose.valueOf(doc.getString("purpose", Purpose.SEND.name())));
    }
}
