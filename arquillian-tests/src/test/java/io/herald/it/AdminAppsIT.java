package io.herald.it;

import static io.herald.it.support.Herald.ADMIN_PASSWORD;
import static io.herald.it.support.Herald.ADMIN_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import io.herald.it.support.Tim;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin API under WildFly application security, and app isolation seen from the Tencent family. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAppsIT {

    private static final String APPS = "/admin/v1/apps";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static HttpResponse<String> admin(HttpRequest.Builder request) {
        return Http.send(Http.basicAuth(request, ADMIN_USER, ADMIN_PASSWORD));
    }

    private static HttpResponse<String> adminPost(String path, String json) {
        return admin(HttpRequest.newBuilder(Herald.http(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject createApp(long sdkAppId) {
        HttpResponse<String> response = adminPost(APPS, "{\"name\":\"tenant " + sdkAppId + "\",\"sdkAppId\":" + sdkAppId + "}");
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static long freshSdkAppId() {
        return 1410000000L + ThreadLocalRandom.current().nextInt(0, 80_000_000);
    }

    private static int timCode(long sdkAppId, String key) {
        return Tim.call("/v4/anything/unknown", sdkAppId, "administrator", Tim.sign(sdkAppId, key, "administrator", 3600), "{}").getInt("ErrorCode");
    }

    @Test
    void withoutCredentialsTheAnswerIsJson401WithABasicChallenge() {
        HttpResponse<String> response = Http.get(Herald.http(APPS));
        assertEquals(401, response.statusCode());
        assertEquals("Unauthenticated", Http.json(response).getString("code"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIs401AndAUserWithoutTheRoleIs403() {
        assertEquals(401, Http.send(Http.basicAuth(HttpRequest.newBuilder(Herald.http(APPS)), ADMIN_USER, "wrong")).statusCode());
        HttpResponse<String> other = Http.send(Http.basicAuth(HttpRequest.newBuilder(Herald.http(APPS)), Herald.OTHER_USER, Herald.OTHER_PASSWORD));
        assertEquals(403, other.statusCode());
        assertEquals("Forbidden", Http.json(other).getString("code"));
    }

    @Test
    void aCreatedAppAuthenticatesWithItsOwnSecretAndNoOther() {
        long sdkAppId = freshSdkAppId();
        JsonObject created = createApp(sdkAppId);
        String secretKey = created.getString("secretKey");
        assertEquals(64, secretKey.length());
        assertTrue(created.getString("accessKeyId").startsWith("LTAI"));
        assertEquals(30, created.getString("accessKeySecret").length());
        assertEquals(sdkAppId, created.getJsonObject("app").getJsonNumber("sdkAppId").longValue());

        assertEquals(60009, timCode(sdkAppId, secretKey), "its own key authenticates (and no command is named)");
        assertEquals(70009, timCode(sdkAppId, Herald.BOOTSTRAP_SECRET_KEY), "another app's key does not");
        String ownSig = Tim.sign(sdkAppId, secretKey, "administrator", 3600);
        assertEquals(70014, Tim.call("/v4/anything/unknown", Herald.BOOTSTRAP_SDKAPPID, "administrator", ownSig, "{}").getInt("ErrorCode"),
                "its sig does not open the bootstrap app");
    }

    @Test
    void heraldChoosesIdentitiesThatAreNotGiven() {
        HttpResponse<String> response = adminPost(APPS, "{\"name\":\"auto\"}");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject app = Http.json(response).getJsonObject("app");
        long sdkAppId = app.getJsonNumber("sdkAppId").longValue();
        assertTrue(sdkAppId > Herald.BOOTSTRAP_SDKAPPID && sdkAppId < 1500000000L);
        assertEquals("ONEX" + sdkAppId, app.getString("mpsAppId"));
        assertEquals("administrator", app.getString("adminIdentifier"));
        assertEquals("Asia/Shanghai", app.getString("timeZone"));
    }

    @Test
    void listingAndReadingNeverShowSecrets() {
        JsonObject created = createApp(freshSdkAppId());
        long id = created.getJsonObject("app").getJsonNumber("id").longValue();
        String list = admin(HttpRequest.newBuilder(Herald.http(APPS)).GET()).body();
        String one = admin(HttpRequest.newBuilder(Herald.http(APPS + "/" + id)).GET()).body();
        for (String body : new String[] {list, one}) {
            assertTrue(body.contains(created.getString("accessKeyId")), "key ids are listed");
            assertFalse(body.contains(created.getString("secretKey")));
            assertFalse(body.contains(created.getString("accessKeySecret")));
        }
    }

    @Test
    void rotatingTheSecretKeyInvalidatesSigsMadeWithTheOldOne() {
        long sdkAppId = freshSdkAppId();
        JsonObject created = createApp(sdkAppId);
        long id = created.getJsonObject("app").getJsonNumber("id").longValue();
        String oldKey = created.getString("secretKey");
        assertEquals(60009, timCode(sdkAppId, oldKey));

        HttpResponse<String> rotated = adminPost(APPS + "/" + id + "/rotate-secret-key", "");
        assertEquals(200, rotated.statusCode(), rotated.body());
        String newKey = Http.json(rotated).getString("secretKey");
        assertEquals(70009, timCode(sdkAppId, oldKey));
        assertEquals(60009, timCode(sdkAppId, newKey));
    }

    @Test
    void rotatingTheAccessKeyReplacesTheOldOne() {
        JsonObject created = createApp(freshSdkAppId());
        long id = created.getJsonObject("app").getJsonNumber("id").longValue();
        JsonObject rotated = Http.json(adminPost(APPS + "/" + id + "/rotate-access-key", ""));
        assertFalse(rotated.getString("accessKeyId").equals(created.getString("accessKeyId")));
        assertEquals(1, rotated.getJsonObject("app").getJsonArray("accessKeyIds").size());
        assertEquals(rotated.getString("accessKeyId"), rotated.getJsonObject("app").getJsonArray("accessKeyIds").getString(0));
    }

    @Test
    void aDisabledAppIsRefusedAndComesBackWhenEnabled() {
        long sdkAppId = freshSdkAppId();
        JsonObject created = createApp(sdkAppId);
        long id = created.getJsonObject("app").getJsonNumber("id").longValue();
        assertEquals("DISABLED", Http.json(adminPost(APPS + "/" + id + "/disable", "")).getString("status"));
        assertEquals(60016, timCode(sdkAppId, created.getString("secretKey")));
        adminPost(APPS + "/" + id + "/enable", "");
        assertEquals(60009, timCode(sdkAppId, created.getString("secretKey")));
    }

    @Test
    void badRequestsGetTheirOwnCodes() {
        HttpResponse<String> taken = adminPost(APPS, "{\"name\":\"dup\",\"sdkAppId\":" + Herald.BOOTSTRAP_SDKAPPID + "}");
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals("Conflict", Http.json(taken).getString("code"));
        HttpResponse<String> nameless = adminPost(APPS, "{\"sdkAppId\":1411111111}");
        assertEquals(400, nameless.statusCode(), nameless.body());
        HttpResponse<String> broken = adminPost(APPS, "{\"name\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("InvalidRequest", Http.json(broken).getString("code"));
        HttpResponse<String> missing = admin(HttpRequest.newBuilder(Herald.http(APPS + "/987654321")).GET());
        assertEquals(404, missing.statusCode());
        assertEquals("NotFound", Http.json(missing).getString("code"));
    }
}
