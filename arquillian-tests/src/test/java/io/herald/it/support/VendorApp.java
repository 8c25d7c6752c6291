package io.herald.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An app of its own for a vendor-channel test: its mPaaS client, its channel credentials, its devices. */
public final class VendorApp {

    private final JsonObject created;
    private final Mpaas mpaas;

    private VendorApp(JsonObject created) {
        this.created = created;
        this.mpaas = new Mpaas(created.getString("accessKeyId"), created.getString("accessKeySecret"), created.getJsonObject("app").getString("mpsAppId"));
    }

    public static VendorApp create(String name) {
        return new VendorApp(Herald.createApp(name + "-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    public long id() {
        return created.getJsonObject("app").getJsonNumber("id").longValue();
    }

    public JsonObject created() {
        return created;
    }

    public Mpaas mpaas() {
        return mpaas;
    }

    /** PUT /admin/v1/apps/{id}/channels/{channel}. */
    public HttpResponse<String> configure(String channel, JsonObject credentials) {
        return Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + id() + "/channels/" + channel))
                .PUT(HttpRequest.BodyPublishers.ofString(credentials.toString())));
    }

    /** Configures the channel and insists that it was accepted. */
    public void configured(String channel, JsonObject credentials) {
        HttpResponse<String> answer = configure(channel, credentials);
        if (answer.statusCode() != 200) {
            throw new AssertionError("credentials for " + channel + " refused: " + answer.body());
        }
    }

    /** A device reported through PushReport with a vendor token, bound to a user with a phone number. @return its deliveryToken */
    public String device(String osType, String vendor, String vendorToken, String user, String phone) throws Exception {
        String token = "dt-" + UUID.randomUUID().toString().replace("-", "");
        call("PushReport", Map.of("DeliveryToken", token, "OsType", osType, "ThirdChannel", vendor, "ThirdChannelDeviceToken", vendorToken));
        Map<String, Object> bind = new HashMap<>(Map.of("DeliveryToken", token, "OsType", osType, "UserId", user));
        if (phone != null) {
            bind.put("PhoneNumber", phone);
        }
        call("PushBind", bind);
        return token;
    }

    public Map<String, Object> call(String action, Map<String, Object> parameters) throws Exception {
        return mpaas.call(action, parameters);
    }

    /** A PushSimple to one target with the given overrides. @return the answer */
    public Map<String, Object> pushSimple(String deliveryType, String target, Map<String, Object> overrides) throws Exception {
        Map<String, Object> p = new HashMap<>(Map.of("TaskName", "vendor test", "Title", "Hello", "Content", "A body", "DeliveryType", deliveryType,
                "TargetMsgkey", "{\"" + target + "\":\"k-" + UUID.randomUUID() + "\"}", "ExpiredSeconds", "3600"));
        p.putAll(overrides);
        p.values().removeIf(v -> v == null);
        return call("PushSimple", p);
    }

    @SuppressWarnings("unchecked")
    public static String taskId(Map<String, Object> pushAnswer) {
        if (!"OK".equals(pushAnswer.get("ResultCode"))) {
            throw new AssertionError("push refused: " + pushAnswer);
        }
        return (String) ((Map<String, Object>) pushAnswer.get("PushResult")).get("Data");
    }

    /** QueryPushAnalysisTaskDetail's Data for the task. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> taskDetail(String taskId) throws Exception {
        return (Map<String, Object>) ((Map<String, Object>) call("QueryPushAnalysisTaskDetail", Map.of("TaskId", taskId)).get("ResultContent")).get("Data");
    }

    /** The device as PushQueryDeviceState answers it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> deviceState(String deliveryToken) throws Exception {
        return (Map<String, Object>) call("PushQueryDeviceState", Map.of("TargetType", "1", "Target", deliveryToken)).get("Data");
    }
}
