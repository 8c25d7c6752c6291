package io.herald.it.mpaas;

import static io.herald.it.support.Herald.BOOTSTRAP_ACCESS_KEY_ID;
import static io.herald.it.support.Herald.BOOTSTRAP_ACCESS_KEY_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.herald.it.support.Herald;
import io.herald.it.support.Mpaas;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mPaaS device actions through Alibaba's Tea client (V3 signatures) and the Java core SDK (V1). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MpaasDevicesIT {

    private static final String APP_ID = "ONEX000000000001";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static Map<String, Object> call(String action, Map<String, Object> parameters) throws Exception {
        return Mpaas.bootstrap().call(action, parameters);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pushResult(Map<String, Object> body) {
        return (Map<String, Object>) body.get("PushResult");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> body) {
        return (Map<String, Object>) body.get("Data");
    }

    private static String token() {
        return "dt-" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aReportedDeviceIsBoundUnboundAndQueried() throws Exception {
        String token = token();
        Map<String, Object> reported = call("PushReport", Map.of("DeliveryToken", token, "OsType", "1", "ThirdChannel", "5", "ThirdChannelDeviceToken", "hms-token-1"));
        assertEquals("OK", reported.get("ResultCode"));
        assertEquals(true, pushResult(reported).get("Success"));
        assertEquals(token, pushResult(reported).get("Data"));

        assertEquals("OK", call("PushBind", Map.of("DeliveryToken", token, "OsType", "1", "UserId", "carol", "PhoneNumber", "13800000000")).get("ResultCode"));
        Map<String, Object> state = call("PushQueryDeviceState", Map.of("TargetType", "1", "Target", token));
        assertEquals("100", state.get("Code"));
        assertEquals(true, state.get("Success"));
        assertEquals("carol", data(state).get("UserId"));
        assertEquals(token, data(state).get("DeliveryToken"));
        assertEquals("hms-token-1", data(state).get("ThirdToken"));
        assertEquals("hms", data(state).get("Manufacturer"));
        assertEquals("android", data(state).get("Platform"));
        assertEquals("OFFLINE", data(state).get("Statue"));
        assertEquals(token, data(call("PushQueryDeviceState", Map.of("TargetType", "2", "Target", "carol"))).get("DeliveryToken"));

        call("PushBind", Map.of("DeliveryToken", token, "OsType", "1", "UserId", "dave"));
        assertEquals("dave", data(call("PushQueryDeviceState", Map.of("TargetType", "1", "Target", token))).get("UserId"));
        assertEquals("OK", call("PushUnBind", Map.of("DeliveryToken", token, "UserId", "dave")).get("ResultCode"));
        assertEquals("", data(call("PushQueryDeviceState", Map.of("TargetType", "1", "Target", token))).get("UserId"));
    }

    @Test
    void aniOsDeviceStateIsUnknownAsInMps() throws Exception {
        String token = token();
        call("PushReport", Map.of("DeliveryToken", token, "OsType", "2", "ThirdChannel", "apns", "ThirdChannelDeviceToken", "a".repeat(64)));
        Map<String, Object> state = data(call("PushQueryDeviceState", Map.of("Target", token)));
        assertEquals("ios", state.get("Platform"));
        assertEquals("UNKNOW", state.get("Statue"));
    }

    private static void assertRefused(String code, Map<String, Object> body) {
        assertEquals(code, body.get("ResultCode"), body.toString());
        assertEquals(false, pushResult(body).get("Success"));
    }

    @Test
    void eachBusinessRuleHasItsResultCodeAndChangesNothing() throws Exception {
        String token = token();
        assertRefused("3001", call("PushReport", Map.of("OsType", "1")));
        assertRefused("3008", call("PushReport", Map.of("DeliveryToken", token, "OsType", "4")));
        assertRefused("3028", call("PushReport", Map.of("DeliveryToken", token, "OsType", "1", "ThirdChannel", "pigeon", "ThirdChannelDeviceToken", "x")));
        assertRefused("3012", call("PushBind", Map.of("DeliveryToken", token, "OsType", "1")));
        assertRefused("3012", call("PushUnBind", Map.of("DeliveryToken", token)));

        Map<String, Object> unknown = call("PushQueryDeviceState", Map.of("TargetType", "1", "Target", token));
        assertEquals("3054", unknown.get("Code"), "the refused reports registered nothing");
        assertEquals(false, unknown.get("Success"));
        assertEquals("3021", call("PushQueryDeviceState", Map.of("TargetType", "1")).get("Code"));
    }

    @Test
    void theAppIdAndWorkspaceMustBeTheSigningKeysApp() throws Exception {
        Map<String, Object> noWorkspace = new HashMap<>(Map.of("DeliveryToken", token(), "OsType", "1"));
        noWorkspace.put("WorkspaceId", null);
        assertRefused("3003", call("PushReport", noWorkspace));
        assertRefused("3007", call("PushReport", Map.of("DeliveryToken", token(), "OsType", "1", "WorkspaceId", "other-workspace")));
        assertRefused("3007", call("PushReport", Map.of("DeliveryToken", token(), "OsType", "1", "AppId", "ONEXNOSUCHAPP")));

        JsonObject other = Herald.createApp("someone else");
        assertRefused("8014", call("PushReport", Map.of("DeliveryToken", token(), "OsType", "1", "AppId", other.getJsonObject("app").getString("mpsAppId"))));
    }

    @Test
    void theJavaCoreSdkSeesBusinessCodesAsHttp200() throws Exception {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", BOOTSTRAP_ACCESS_KEY_ID, BOOTSTRAP_ACCESS_KEY_SECRET));
        CommonRequest request = new CommonRequest();
        request.setSysMethod(MethodType.POST);
        request.setSysDomain("127.0.0.1:8080");
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2019-08-21");
        request.setSysAction("PushBind");
        request.putBodyParameter("AppId", APP_ID);
        request.putBodyParameter("WorkspaceId", "default");
        request.putBodyParameter("DeliveryToken", token());
        request.putBodyParameter("OsType", "1");
        CommonResponse response = client.getCommonResponse(request);
        assertEquals(200, response.getHttpStatus());
        JsonObject body = jakarta.json.Json.createReader(new StringReader(response.getData())).readObject();
        assertEquals("3012", body.getString("ResultCode"));
        assertEquals("NEED_USERID", body.getString("ResultMessage"));
        assertEquals(false, body.getJsonObject("PushResult").getBoolean("Success"));
    }
}
