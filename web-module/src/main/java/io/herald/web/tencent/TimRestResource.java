package io.herald.web.tencent;

import io.herald.tencent.TimAuthenticator;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimCommands;
import io.herald.web.RequestOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /v4/{servicename}/{command}}: authenticate the caller and hand the body (read as JSON
 * whatever its Content-Type, as Tencent does) to the command. One instance serves every call: an
 * instance per request also made new references to its EJBs on every call (4% of the server's CPU
 * under sendmsg load).
 */
@ApplicationScoped
@Path("v4/{service}/{command}")
public class TimRestResource {

    @Inject
    TimAuthenticator authenticator;

    @Inject
    TimCommands commands;

    @POST
    public Response call(@PathParam("service") String service, @PathParam("command") String command,
                         @QueryParam("sdkappid") String sdkAppId, @QueryParam("identifier") String identifier,
                         @QueryParam("usersig") String userSig, @Context HttpServletRequest servletRequest, String body) {
        TimCaller caller = authenticator.authenticate(sdkAppId, identifier, userSig, servletRequest.getRemoteAddr());
        RequestOutcome.app(servletRequest, String.valueOf(caller.app().sdkAppId()));
        return TimEnvelope.ok(commands.handle(caller, service, command, body));
    }
}
