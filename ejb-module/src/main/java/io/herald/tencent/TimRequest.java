package io.herald.tencent;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The JSON body of a {@code /v4} call, read field by field: each accessor names the error code the
 * command answers when the field has the wrong type, because Tencent's codes differ per field.
 */
public final class TimRequest {

    private final JsonObject body;
    private final int sizeInBytes;

    private TimRequest(JsonObject body, int sizeInBytes) {
        this.body = body;
        this.sizeInBytes = sizeInBytes;
    }

    /** @throws TimException 90001 when the body is not a JSON object */
    public static TimRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw TimError.JSON_PARSE_ERROR.exception();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return new TimRequest(reader.readObject(), body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        } catch (JsonException | IllegalStateException e) {
            throw TimError.JSON_PARSE_ERROR.exception();
        }
    }

    public JsonObject json() {
        return body;
    }

    public int sizeInBytes() {
        return sizeInBytes;
    }

    public boolean has(String field) {
        return body.containsKey(field) && body.get(field) != JsonValue.NULL;
    }

    public Optional<String> string(String field, TimError wrongType) {
        return value(field).map(v -> {
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw wrongType.exception();
        });
    }

    public Optional<Long> integer(String field, TimError wrongType) {
        return value(field).map(v -> {
            if (v instanceof JsonNumber n && n.isIntegral()) {
                try {
                    return n.longValueExact();
                } catch (ArithmeticException e) {
                    throw wrongType.exception();
                }
            }
            throw wrongType.exception();
        });
    }

    public Optional<JsonArray> array(String field, TimError wrongType) {
        return value(field).map(v -> {
            if (v instanceof JsonArray a) {
                return a;
            }
            throw wrongType.exception();
        });
    }

    public Optional<JsonObject> object(String field, TimError wrongType) {
        return value(field).map(v -> {
            if (v instanceof JsonObject o) {
                return o;
            }
            throw wrongType.exception();
        });
    }

    private Optional<JsonValue> value(String field) {
        return has(field) ? Optional.of(body.get(field)) : Optional.empty();
    }
}
