package io.herald.it.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.it.support.Herald;
import io.herald.it.support.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mPaaS family's POP protocol errors at /, by GET and by form POST. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PopEnvelopeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private static HttpResponse<String> form(String body) {
        return Http.send(HttpRequest.newBuilder(Herald.http("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject assertPopError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = Http.json(response);
        assertEquals(code, body.getString("Code"));
        assertFalse(body.getString("RequestId").isEmpty());
        assertFalse(body.getString("HostId").isEmpty());
        assertFalse(body.getString("Message").isEmpty());
        return body;
    }

    @Test
    void getWithoutActionIsMissingParameter() {
        JsonObject error = assertPopError(Http.get(Herald.http("/")), 400, "MissingParameter");
        assertTrue(error.getString("Message").contains("\"Action\""), error.getString("Message"));
    }

    @Test
    void postWithoutVersionIsMissingParameter() {
        JsonObject error = assertPopError(form("Action=NoSuchAction&AppId=ONEX000000000001"), 400, "MissingParameter");
        assertTrue(error.getString("Message").contains("\"Version\""));
    }

    @Test
    void anUnknownVersionIsInvalidVersion() {
        assertPopError(Http.get(Herald.http("/?Action=NoSuchAction&Version=2011-01-01")), 400, "InvalidVersion");
    }

    @Test
    void eachKnownVersionIsAcceptedAndThenTheCallerMustSign() {
        for (String version : new String[] {"2019-08-21", "2020-07-10", "2020-10-28"}) {
            JsonObject error = assertPopError(form("Action=NoSuchAction&Version=" + version), 400, "MissingParameter");
            assertTrue(error.getString("Message").contains("\"AccessKeyId\""), error.toString());
        }
    }

    @Test
    void actionAndVersionMayComeInTheAcsHeadersAsTheV3SignerSendsThem() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Herald.http("/"))
                .header("x-acs-action", "NoSuchAction")
                .header("x-acs-version", "2020-10-28")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("AppId=ONEX000000000001")));
        JsonObject error = assertPopError(response, 400, "MissingParameter");
        assertTrue(error.getString("Message").contains("\"AccessKeyId\""), "Action and Version were found in the headers: " + error);
    }

    @Test
    void pathsThatAreNotAnApiAnswerInPopTermsNotWithAnHtmlPage() {
        assertPopError(Http.get(Herald.http("/index.html")), 404, "InvalidAction.NotFound");
    }

    @Test
    void aBodyThatIsNotUtf8Is3031InTheActionsEnvelope() {
        HttpResponse<String> response = form("Action=PushSimple&Version=2019-08-21&AppId=ONEX000000000001&WorkspaceId=default&Title=%FF%FE");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertEquals("3031", body.getString("ResultCode"));
        assertEquals("REQUEST_SHOULD_BE_UTF8", body.getString("ResultMessage"));
        assertEquals(false, body.getJsonObject("PushResult").getBoolean("Success"));
    }
}
