package io.herald.web.admin;

import io.herald.app.AppCredentials;
import io.herald.app.AppRegistry;
import io.herald.app.AppView;
import io.herald.app.NewApp;
import io.herald.app.TencentSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /admin/v1/apps}: tenants and their credentials. Secrets appear only in the answers that create them. */
@Path("admin/v1/apps")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class AppsResource {

    @Inject
    AppRegistry registry;

    @GET
    public List<AppView> list() {
        return registry.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewApp request) {
        if (request == null) {
            throw AdminError.INVALID_REQUEST.exception("a JSON body with at least a name is required");
        }
        AppCredentials created = registry.create(request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    public AppView get(@PathParam("id") long id) {
        return registry.view(id);
    }

    @POST
    @Path("{id}/rotate-secret-key")
    public AppCredentials rotateSecretKey(@PathParam("id") long id) {
        return registry.rotateSecretKey(id);
    }

    @POST
    @Path("{id}/rotate-access-key")
    public AppCredentials rotateAccessKey(@PathParam("id") long id) {
        return registry.rotateAccessKey(id);
    }

    /** A new device key for the app's next mobile builds; devices already registered are unaffected. */
    @POST
    @Path("{id}/rotate-device-key")
    public AppView rotateDeviceKey(@PathParam("id") long id) {
        return registry.rotateDeviceKey(id);
    }

    /** How many days finished deliveries and old messages are kept ({@code {"days":30}}; null for the default). */
    @PUT
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppView retention(@PathParam("id") long id, RetentionSettings settings) {
        if (settings == null) {
            throw AdminError.INVALID_REQUEST.exception("a JSON body is required");
        }
        return registry.retain(id, settings.days());
    }

    /** Message size limit, call-rate limit and the C2C callback backend of the Tencent family. */
    @PUT
    @Path("{id}/tencent-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppView configureTencent(@PathParam("id") long id, TencentSettings settings) {
        if (settings == null) {
            throw AdminError.INVALID_REQUEST.exception("a JSON body is required");
        }
        return registry.configureTencent(id, settings);
    }

    @POST
    @Path("{id}/disable")
    public AppView disable(@PathParam("id") long id) {
        return registry.disable(id);
    }

    @POST
    @Path("{id}/enable")
    public AppView enable(@PathParam("id") long id) {
        return registry.enable(id);
    }
}
