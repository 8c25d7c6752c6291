package io.herald.gateway;

import static io.herald.platform.Jsonp.JSON;

import io.herald.channel.spi.DeliveryRequest;
import io.herald.domain.delivery.TargetKind;
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

    /** The first frame of every admitted session: who it is, how much waits, how often to ping. */
    public static String hello(String session, Recipient recipient, int pending, long idleTimeoutSeconds) {
        return frame("hello")
                .add("session", session)
                .add(recipient.kind() == TargetKind.DEVICE ? "deliveryToken" : "userId", recipient.address())
                .add("pending", pending)
                .add("idleTimeout", idleTimeoutSeconds)
                .build().toString();
    }

    /**
     * A message for the device; {@code id} is the delivery, stable across resends, and what the
     * device acknowledges. One-to-one messages are kind {@code c2c}, pushes kind {@code push} with
     * their task id.
     */
    public static String delivery(DeliveryRequest request) {
        JsonObjectBuilder frame = frame("message")
                .add("id", request.deliveryId())
                .add("kind", request.taskId() == null ? "c2c" : "push")
                .add("msgKey", request.msgKey())
                .add("from", request.sender() == null ? "" : request.sender())
                .add("time", request.sentAt().getEpochSecond())
                .add("payload", parse(request.payload()));
        if (request.taskId() != null) {
            frame.add("taskId", request.taskId());
        }
        if (request.customData() != null) {
            frame.add("customData", request.customData());
        }
        return frame.build().toString();
    }

    /** The message with this key is withdrawn: the device removes it. */
    public static String withdraw(String msgKey, String sender, String recipient) {
        return frame("withdraw").add("msgKey", msgKey).add("from", sender).add("to", recipient).build().toString();
    }

    /** A push was revoked: the device removes the delivery with this id (and its notification). */
    public static String revoke(long deliveryId, String taskId, String msgKey) {
        return frame("revoke").add("id", deliveryId).add("taskId", taskId).add("msgKey", msgKey).build().toString();
    }

    public static String pong() {
        return frame("pong").build().toString();
    }

    /** Sent just before the server closes a session: the same code and reason as the WebSocket close. */
    public static String close(int code, String reason) {
        return frame("close").add("code", code).add("reason", reason).build().toString();
    }

    private static JsonObjectBuilder frame(String type) {
        return JSON.createObjectBuilder().add("v", VERSION).add("type", type);
    }

    private static JsonValue parse(String payload) {
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            return reader.readValue();
        }
    }

    /** A frame from a device; throws IllegalArgumentException for anything that is not a version-1 frame. */
    public static JsonObject read(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
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
