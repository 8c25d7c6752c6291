package io.herald.web.tencent;

import io.herald.domain.app.App;
import io.herald.tencent.TimAuthenticator;
import io.herald.tencent.TimCommands;
import io.herald.tencent.TimError;
import io.herald.web.RequestOutcome;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * {@code POST /v4/{servicename}/{command}}: authenticate the admin, parse the body (whatever its
 * Content-Type, as Tencent does), hand it to the command.
 */
@Path("v4/{service}/{command}")
public class TimRestResource {

    @Inject
    TimAuthenticator authenticator;

    @Inject
    TimCommands commands;

    @Context
    HttpServletRequest servletRequest;

    @POST
    public Response call(@PathParam("service") String service, @PathParam("command") String command,
                         @QueryParam("sdkappid") String sdkAppId, @QueryParam("identifier") String identifier,
                         @QueryParam("usersig") String userSig, String body) {
        App app = authenticator.authenticate(sdkAppId, identifier, userSig);
        RequestOutcome.app(servletRequest, String.valueOf(app.sdkAppId()));
        return TimEnvelope.ok(commands.handle(app, service, command, parse(body)));
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw TimError.JSON_PARSE_ERROR.exception();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw TimError.JSON_PARSE_ERROR.exception();
        }
    }
}
