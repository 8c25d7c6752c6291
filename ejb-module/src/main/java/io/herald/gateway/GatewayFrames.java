package io.herald.gateway;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The JSON frames of gateway protocol version 1 (docs/gateway-protocol.md). */
public final class GatewayFrames {

    public static final int VERSION = 1;

    private GatewayFrames() {
    }

    /** A message for the device; {@code id} is the delivery, stable across resends, and what the device acknowledges. */
    public static String delivery(long deliveryId, String msgKey, String sender, String payload, long time, String customData) {
        JsonObjectBuilder frame = Json.createObjectBuilder()
                .add("v", VERSION)
                .add("type", "message")
                .add("id", deliveryId)
                .add("kind", "c2c")
                .add("msgKey", msgKey)
                .add("from", sender == null ? "" : sender)
                .add("time", time)
                .add("payload", parse(payload));
        if (customData != null) {
            frame.add("customData", customData);
        }
        return frame.build().toString();
    }

    /** The message with this key is withdrawn: the device removes it. */
    public static String withdraw(String msgKey, String sender, String recipient) {
        return Json.createObjectBuilder().add("v", VERSION).add("type", "withdraw")
                .add("msgKey", msgKey).add("from", sender).add("to", recipient).build().toString();
    }

    public static String pong() {
        return Json.createObjectBuilder().add("v", VERSION).add("type", "pong").build().toString();
    }

    public static String error(String code, String message) {
        return Json.createObjectBuilder().add("v", VERSION).add("type", "error").add("code", code).add("message", message).build().toString();
    }

    private static JsonValue parse(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readValue();
        }
    }

    /** A frame from a device; throws IllegalArgumentException for anything that is not a version-1 frame. */
    public static JsonObject read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject frame = reader.readObject();
            if (frame.getInt("v", 0) != VERSION || !frame.containsKey("type")) {
                throw new IllegalArgumentException("not a version 1 frame");
            }
            return frame;
        } catch (jakarta.json.JsonException | ClassCastException | IllegalStateException e) {
            throw new IllegalArgumentException("malformed frame", e);
        }
    }
}
