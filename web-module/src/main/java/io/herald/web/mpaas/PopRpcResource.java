package io.herald.web.mpaas;

import io.herald.mpaas.PopActions;
import io.herald.mpaas.PopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The POP RPC endpoint: every mPaaS action arrives at {@code /}, by GET or by POST. The body is taken
 * raw, because a V3 signature covers its exact bytes; a form body is parsed from them. One instance
 * serves every call, as for the Tencent family ({@code TimRestResource}).
 */
@ApplicationScoped
@Path("/")
public class PopRpcResource {

    @Inject
    PopActions actions;

    @GET
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return call("GET", uri, headers, new byte[0]);
    }

    @POST
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return call("POST", uri, headers, body == null ? new byte[0] : body);
    }

    private Response call(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        PopRequest request = new PopRequest(method, first(uri.getQueryParameters()), lowerCaseHeaders(headers), body);
        String requestId = PopEnvelope.newRequestId();
        return PopEnvelope.ok(requestId, actions.handle(request, requestId));
    }

    private static Map<String, String> lowerCaseHeaders(HttpHeaders headers) {
        Map<String, String> result = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> result.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return result;
    }

    private static Map<String, String> first(MultivaluedMap<String, String> values) {
        Map<String, String> result = new HashMap<>();
        values.forEach((name, list) -> result.put(name, list.isEmpty() ? "" : list.get(0)));
        return result;
    }
}
