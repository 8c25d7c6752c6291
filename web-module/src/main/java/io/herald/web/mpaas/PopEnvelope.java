package io.herald.web.mpaas;

import static io.herald.platform.Jsonp.JSON;

import io.herald.mpaas.PopError;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * POP responses: a flat JSON object with RequestId first. Protocol errors carry the HTTP status the
 * SDKs branch on, with Code and Message as Alibaba's gateway words them.
 */
final class PopEnvelope {

    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");

    private PopEnvelope() {
    }

    static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    static Response ok(String requestId, JsonObject fields) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("RequestId", requestId);
        for (Map.Entry<String, JsonValue> field : fields.entrySet()) {
            body.add(field.getKey(), field.getValue());
        }
        return Response.ok(body.build().toString(), JSON_UTF8).build();
    }

    static Response error(PopError error, String message, String hostId) {
        JsonObject body = JSON.createObjectBuilder()
                .add("RequestId", newRequestId())
                .add("HostId", hostId)
                .add("Code", error.code())
                .add("Message", message)
                .add("Recommend", "https://api.aliyun.com/troubleshoot?q=" + error.code() + "&product=mPaaS")
                .build();
        return Response.status(error.httpStatus()).type(JSON_UTF8).entity(body.toString()).build();
    }
}
