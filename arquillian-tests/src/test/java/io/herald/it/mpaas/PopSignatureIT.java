package io.herald.it.mpaas;

import static io.herald.it.support.Herald.BOOTSTRAP_ACCESS_KEY_ID;
import static io.herald.it.support.Herald.BOOTSTRAP_ACCESS_KEY_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.mpaas.PopSignature;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POP signatures as Alibaba's own clients make them: aliyun-java-sdk-core (V1) and tea-openapi (V3 by
 * default, V1 with "v2"). A correctly signed call to an action Herald does not have yet reaches action
 * routing and is answered InvalidAction.NotFound; every other answer here is a protocol refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PopSignatureIT {

    private static final String ACTION = "NoSuchActionYet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static String coreCall(String accessKeyId, String secret, MethodType method) {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret));
        CommonRequest request = new CommonRequest();
        request.setSysMethod(method);
        request.setSysDomain("127.0.0.1:8080");
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2019-08-21");
        request.setSysAction(ACTION);
        if (method == MethodType.POST) {
            request.putBodyParameter("AppId", "ONEX000000000001");
            request.putBodyParameter("Title", "测试 title*~ a+b&c=d");
            request.putBodyParameter("Uri", "");
        } else {
            request.putQueryParameter("AppId", "ONEX000000000001");
            request.putQueryParameter("Title", "测试 *~");
        }
        ClientException e = assertThrows(ClientException.class, () -> client.getCommonResponse(request));
        return e.getErrCode();
    }

    private static String teaCall(String accessKeyId, String secret, String signatureAlgorithm) throws Exception {
        Config config = new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(secret).setEndpoint("127.0.0.1:8080").setProtocol("HTTP");
        if (signatureAlgorithm != null) {
            config.setSignatureAlgorithm(signatureAlgorithm);
        }
        com.aliyun.teaopenapi.Client client = new com.aliyun.teaopenapi.Client(config);
        Params params = new Params().setAction(ACTION).setVersion("2020-10-28").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        Map<String, Object> body = Map.of("AppId", "ONEX000000000001", "WorkspaceId", "default", "Title", "测试 *~");
        TeaException e = assertThrows(TeaException.class, () -> client.callApi(params, new OpenApiRequest().setBody(body), new RuntimeOptions()));
        return e.getCode();
    }

    @Test
    void theJavaCoreSdkSignsV1AndIsAcceptedByGetAndPost() {
        assertEquals("InvalidAction.NotFound", coreCall(BOOTSTRAP_ACCESS_KEY_ID, BOOTSTRAP_ACCESS_KEY_SECRET, MethodType.POST));
        assertEquals("InvalidAction.NotFound", coreCall(BOOTSTRAP_ACCESS_KEY_ID, BOOTSTRAP_ACCESS_KEY_SECRET, MethodType.GET));
    }

    @Test
    void theJavaCoreSdkLearnsOfAWrongSecretOrAnUnknownKey() {
        String wrongSecret = coreCall(BOOTSTRAP_ACCESS_KEY_ID, "not-the-secret", MethodType.POST);
        assertTrue(wrongSecret.equals("SignatureDoesNotMatch") || wrongSecret.equals("SDK.InvalidAccessKeySecret"), wrongSecret);
        assertEquals("InvalidAccessKeyId.NotFound", coreCall("LTAInosuchkey0000000", "whatever", MethodType.POST));
    }

    @Test
    void theTeaSdkSignsV3ByDefaultAndV1OnRequest() throws Exception {
        assertEquals("InvalidAction.NotFound", teaCall(BOOTSTRAP_ACCESS_KEY_ID, BOOTSTRAP_ACCESS_KEY_SECRET, null));
        assertEquals("InvalidAction.NotFound", teaCall(BOOTSTRAP_ACCESS_KEY_ID, BOOTSTRAP_ACCESS_KEY_SECRET, "v2"));
        assertEquals("SignatureDoesNotMatch", teaCall(BOOTSTRAP_ACCESS_KEY_ID, "not-the-secret", null));
        assertEquals("InvalidAccessKeyId.NotFound", teaCall("LTAInosuchkey0000000", "whatever", null));
    }

    /** A V1-signed GET as the SDKs build it, with the given timestamp and nonce. */
    private static HttpResponse<String> rawGet(String timestamp, String nonce) {
        Map<String, String> params = new TreeMap<>(Map.of("Action", ACTION, "Version", "2020-10-28", "Format", "JSON",
                "AccessKeyId", BOOTSTRAP_ACCESS_KEY_ID, "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0",
                "SignatureNonce", nonce, "Timestamp", timestamp, "AppId", "ONEX000000000001"));
        params.put("Signature", PopSignature.signV1(PopSignature.stringToSignV1("GET", params, false), BOOTSTRAP_ACCESS_KEY_SECRET));
        String query = params.entrySet().stream().map(e -> PopSignature.percentEncode(e.getKey()) + "=" + PopSignature.percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        return Http.send(HttpRequest.newBuilder(Herald.http("/?" + query)).GET());
    }

    private static String code(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        return body.getString("Code");
    }

    @Test
    void aNonceIsAcceptedOnce() {
        String nonce = UUID.randomUUID().toString();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals("InvalidAction.NotFound", code(rawGet(now, nonce), 404));
        assertEquals("SignatureNonceUsed", code(rawGet(now, nonce), 400));
    }

    @Test
    void timestampsOutsideFifteenMinutesOrUnreadableAreRefused() {
        String stale = Instant.now().minus(16, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals("InvalidTimeStamp.Expired", code(rawGet(stale, UUID.randomUUID().toString()), 400));
        String future = Instant.now().plus(16, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals("InvalidTimeStamp.Expired", code(rawGet(future, UUID.randomUUID().toString()), 400));
        assertEquals("InvalidTimeStamp.Format", code(rawGet("yesterday", UUID.randomUUID().toString()), 400));
    }

    @Test
    void aTamperedParameterBreaksTheSignatureAndTheMessageShowsTheStringToSign() {
        HttpResponse<String> genuine = rawGet(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), UUID.randomUUID().toString());
        String tamperedUri = genuine.request().uri().toString().replace("AppId=ONEX000000000001", "AppId=ONEX000000000002");
        HttpResponse<String> tampered = Http.send(HttpRequest.newBuilder(java.net.URI.create(tamperedUri)).GET());
        assertEquals("SignatureDoesNotMatch", code(tampered, 400));
        assertTrue(Http.json(tampered).getString("Message").contains("server string to sign is:GET&%2F&"), tampered.body());
    }

    @Test
    void aDisabledAppsKeysAreInactive() {
        JsonObject app = Herald.createApp("pop");
        String keyId = app.getString("accessKeyId");
        String secret = app.getString("accessKeySecret");
        assertEquals("InvalidAction.NotFound", coreCall(keyId, secret, MethodType.POST));
        Herald.admin(HttpRequest.newBuilder(Herald.http("/admin/v1/apps/" + app.getJsonObject("app").getJsonNumber("id") + "/disable"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("InvalidAccessKeyId.Inactive", coreCall(keyId, secret, MethodType.POST));
    }
}
