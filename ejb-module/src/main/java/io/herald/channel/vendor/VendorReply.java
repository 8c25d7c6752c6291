package io.herald.channel.vendor;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** A vendor's HTTP answer: its status and its body, read as a JSON object when it is one. */
public record VendorReply(int status, String body) {

    public JsonObject json() {
        try {
            JsonValue value = JSON.createReader(new StringReader(body)).readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** Throttled or broken on the vendor's side: worth another attempt later. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }

    public boolean isSuccess() {
        return status / 100 == 2;
    }

    /** The body as a short reason for the delivery record. */
    public String describe() {
        String text = body == null ? "" : body.strip();
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
    }
}
