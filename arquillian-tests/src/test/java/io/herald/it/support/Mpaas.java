package io.herald.it.support;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.HashMap;
import java.util.Map;

/** Calls mPaaS actions the way Alibaba's current SDKs do: tea-openapi's callApi, V3 signatures, form body. */
public final class Mpaas {

    private final Client client;
    private final String appId;

    public Mpaas(String accessKeyId, String accessKeySecret, String appId) {
        try {
            this.client = new Client(new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(accessKeySecret)
                    .setEndpoint("127.0.0.1:8080").setProtocol("HTTP"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.appId = appId;
    }

    /** The bootstrap app, with the key arquillian.xml gives it. */
    public static Mpaas bootstrap() {
        return new Mpaas(Herald.BOOTSTRAP_ACCESS_KEY_ID, Herald.BOOTSTRAP_ACCESS_KEY_SECRET, "ONEX000000000001");
    }

    /** Calls the action with AppId and WorkspaceId "default" added; a null parameter is left out. Answers the body. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> call(String action, Map<String, Object> parameters) throws Exception {
        Params params = new Params().setAction(action).setVersion("2020-10-28").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        Map<String, Object> body = new HashMap<>(Map.of("AppId", appId, "WorkspaceId", "default"));
        body.putAll(parameters);
        body.values().removeIf(v -> v == null);
        return (Map<String, Object>) client.callApi(params, new OpenApiRequest().setBody(body), new RuntimeOptions()).get("body");
    }
}
