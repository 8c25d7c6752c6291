package io.herald.web.admin;

import io.herald.channel.vendor.CredentialView;
import io.herald.channel.vendor.VendorCredentials;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /admin/v1/apps/{id}/channels}: an app's credentials per vendor channel and its SMS
 * provider. A PUT replaces them at once (the channels pick them up with their next batch); answers
 * name the fields that are set, never their values.
 */
@Path("admin/v1/apps/{id}/channels")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class ChannelCredentialsResource {

    @Inject
    VendorCredentials credentials;

    @GET
    public List<CredentialView> list(@PathParam("id") long appId) {
        return credentials.list(appId);
    }

    @PUT
    @Path("{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialView configure(@PathParam("id") long appId, @PathParam("channel") String channel, JsonObject body) {
        if (body == null) {
            throw AdminError.INVALID_REQUEST.exception("a JSON object with the channel's credentials is required");
        }
        return credentials.configure(appId, channel, body);
    }

    @DELETE
    @Path("{channel}")
    public Response remove(@PathParam("id") long appId, @PathParam("channel") String channel) {
        credentials.remove(appId, channel);
        return Response.noContent().build();
    }
}
