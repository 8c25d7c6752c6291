package io.herald.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The test vectors of mpaas-spec §2.3 and §2.4, which Alibaba's SDKs were checked against. */
class PopSignatureTest {

    private static Map<String, String> v1Parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("AccessKeyId", "testid");
        p.put("Action", "PushSimple");
        p.put("AppId", "ONEX570DA89211721");
        p.put("DeliveryType", "3");
        p.put("Format", "JSON");
        p.put("RegionId", "cn-hangzhou");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        p.put("SignatureVersion", "1.0");
        p.put("TargetMsgkey", "{\"user1024\":\"1578807462788\"}");
        p.put("Timestamp", "2024-01-01T00:00:00Z");
        p.put("Title", "测试 *~");
        p.put("Version", "2019-08-21");
        p.put("WorkspaceId", "default");
        return p;
    }

    @Test
    void v1MatchesTheVectorForGetAndPost() {
        assertEquals("WLRGA4zJK3LPKRggN60zh4wc9OM=", PopSignature.signV1(PopSignature.stringToSignV1("GET", v1Parameters(), false), "testsecret"));
        assertEquals("ZmcUTA9UC4YmhptlqptIuKxySGM=", PopSignature.signV1(PopSignature.stringToSignV1("POST", v1Parameters(), false), "testsecret"));
    }

    @Test
    void v1LeavesTheSignatureOutAndCanSkipEmptyValues() {
        Map<String, String> withExtras = v1Parameters();
        withExtras.put("Signature", "anything");
        withExtras.put("Uri", "");
        String withEmpty = PopSignature.stringToSignV1("GET", withExtras, false);
        assertEquals(true, withEmpty.contains("Uri%3D%26"));
        assertEquals(PopSignature.stringToSignV1("GET", v1Parameters(), false), PopSignature.stringToSignV1("GET", withExtras, true));
    }

    @Test
    void v3MatchesTheVector() {
        byte[] body = "AppId=ONEX570DA89211721&DeliveryType=3&Title=%E6%B5%8B%E8%AF%95+%2A%7E".getBytes(StandardCharsets.UTF_8);
        String hashed = PopSignature.sha256Hex(body);
        assertEquals("97f898b5b7964df93aec5b6c2c4ac4781ec3179c14ee7c6b7728f8e2faea9db3", hashed);
        Map<String, String> headers = Map.of(
                "content-type", "application/x-www-form-urlencoded",
                "host", "127.0.0.1:8080",
                "x-acs-action", "PushSimple",
                "x-acs-content-sha256", hashed,
                "x-acs-date", "2024-01-01T00:00:00Z",
                "x-acs-signature-nonce", "0a55628069e227aa34dfaea919ff61cd",
                "x-acs-version", "2020-10-28");
        List<String> signed = List.of("content-type", "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version");
        String stringToSign = PopSignature.stringToSignV3("POST", Map.of(), headers, signed, hashed);
        assertEquals("ACS3-HMAC-SHA256\ndbbd602690060596937e927a7139a7e4f23bf7467601d1b8c862086afc148b31", stringToSign);
        assertEquals("abc171e28c897b96c2294a629b77d045fe3d97eac4ddf25c29b597c4ccc5260c", PopSignature.signV3(stringToSign, "testsecret"));
    }
}
