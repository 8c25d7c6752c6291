package io.herald.web.tencent;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The Tencent REST envelope: always HTTP 200, ActionStatus/ErrorInfo/ErrorCode first, then the command's fields. */
final class TimEnvelope {

    private TimEnvelope() {
    }

    static Response ok(JsonObject fields) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("ActionStatus", "OK")
                .add("ErrorInfo", "")
                .add("ErrorCode", 0);
        for (Map.Entry<String, JsonValue> field : fields.entrySet()) {
            body.add(field.getKey(), field.getValue());
        }
        return render(body.build());
    }

    static Response fail(int code, String info) {
        return render(JSON.createObjectBuilder()
                .add("ActionStatus", "FAIL")
                .add("ErrorInfo", info)
                .add("ErrorCode", code)
                .build());
    }

    private static Response render(JsonObject body) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }
}
