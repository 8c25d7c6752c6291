package io.herald.web.device;

import io.herald.device.DeviceApiError;
import io.herald.device.DeviceCredentials;
import io.herald.device.DeviceEnrolment;
import io.herald.device.Enrolment;
import io.herald.gateway.Receipts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /device/v1}: registration with the app's device key ({@code X-Herald-Device-Key}); every
 * other call also names the device and proves it ({@code X-Herald-Delivery-Token},
 * {@code X-Herald-Device-Secret}). Successful calls other than registration answer 204.
 */
@Path("device/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceApiResource {

    static final String DEVICE_KEY = "X-Herald-Device-Key";
    static final String DELIVERY_TOKEN = "X-Herald-Delivery-Token";
    static final String DEVICE_SECRET = "X-Herald-Device-Secret";

    @Inject
    DeviceEnrolment enrolment;

    @HeaderParam(DEVICE_KEY)
    String deviceKey;

    @HeaderParam(DELIVERY_TOKEN)
    String deliveryToken;

    @HeaderParam(DEVICE_SECRET)
    String deviceSecret;

    @POST
    @Path("register")
    public Response register(DeviceRequests.Register request) {
        DeviceRequests.Register body = required(request);
        Enrolment enrolled = enrolment.register(deviceKey, body.platform(), body.vendorChannel(), body.vendorToken());
        return Response.status(Response.Status.CREATED).entity(enrolled).build();
    }

    @POST
    @Path("vendor-token")
    public void vendorToken(DeviceRequests.VendorToken request) {
        DeviceRequests.VendorToken body = required(request);
        enrolment.reportVendorToken(credentials(), body.channel(), body.token());
    }

    @POST
    @Path("bind")
    public void bind(DeviceRequests.Bind request) {
        DeviceRequests.Bind body = required(request);
        enrolment.bind(credentials(), body.userId(), body.phoneNumber());
    }

    @POST
    @Path("unbind")
    public void unbind() {
        enrolment.unbind(credentials());
    }

    @POST
    @Path("report")
    public void report(DeviceRequests.Report request) {
        DeviceRequests.Report body = required(request);
        Receipts.Kind kind = switch (body.event() == null ? "" : body.event()) {
            case "open" -> Receipts.Kind.OPENED;
            case "ignore" -> Receipts.Kind.IGNORED;
            default -> throw DeviceApiError.INVALID_REQUEST.exception("event must be open or ignore");
        };
        if (body.id() == null) {
            throw DeviceApiError.INVALID_REQUEST.exception("id (the delivery's id) is required");
        }
        enrolment.report(credentials(), body.id(), kind);
    }

    private DeviceCredentials credentials() {
        return new DeviceCredentials(deviceKey, deliveryToken, deviceSecret);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw DeviceApiError.INVALID_REQUEST.exception("a JSON body is required");
        }
        return body;
    }
}
