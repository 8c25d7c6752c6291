package io.herald.web.mpaas;

import io.herald.mpaas.PopActions;
import io.herald.mpaas.PopRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/** The POP RPC endpoint: every mPaaS action arrives at {@code /}, by GET or by a form POST. */
@Path("/")
public class PopRpcResource {

    @Inject
    PopActions actions;

    @Context
    UriInfo uri;

    @GET
    public Response get(@HeaderParam("x-acs-action") String action, @HeaderParam("x-acs-version") String version) {
        return call("GET", Map.of(), action, version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postForm(MultivaluedMap<String, String> form,
                             @HeaderParam("x-acs-action") String action, @HeaderParam("x-acs-version") String version) {
        return call("POST", first(form), action, version);
    }

    /** Clients that POST with the parameters in the query send no form, or a body of another type. */
    @POST
    public Response post(@HeaderParam("x-acs-action") String action, @HeaderParam("x-acs-version") String version) {
        return call("POST", Map.of(), action, version);
    }

    private Response call(String method, Map<String, String> form, String action, String version) {
        PopRequest request = new PopRequest(method, first(uri.getQueryParameters()), form, action, version);
        String requestId = PopEnvelope.newRequestId();
        return PopEnvelope.ok(requestId, actions.handle(request, requestId));
    }

    private static Map<String, String> first(MultivaluedMap<String, String> values) {
        Map<String, String> result = new HashMap<>();
        values.forEach((name, list) -> result.put(name, list.isEmpty() ? "" : list.get(0)));
        return result;
    }
}
