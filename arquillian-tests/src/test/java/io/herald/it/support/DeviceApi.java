package io.herald.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A mobile app's calls to the device API ({@code /device/v1}), as a real HTTP client makes them. */
public final class DeviceApi {

    private DeviceApi() {
    }

    /** A device registered with an app's device key. */
    public record Registered(String deviceKey, String deliveryToken, String deviceSecret) {

        public GatewayClient connect() {
            return GatewayClient.connectDevice(deviceKey, deliveryToken, deviceSecret);
        }

        public HttpResponse<String> call(String action, String body) {
            return post(action, deviceKey, deliveryToken, deviceSecret, body);
        }
    }

    /** A device of the bootstrap app. */
    public static Registered register(String platform) {
        return register(Herald.BOOTSTRAP_DEVICE_KEY, platform);
    }

    public static Registered register(String deviceKey, String platform) {
        HttpResponse<String> response = post("register", deviceKey, null, null,
                Json.createObjectBuilder().add("platform", platform).build().toString());
        if (response.statusCode() != 201) {
            throw new AssertionError("registration refused: " + response.statusCode() + " " + response.body());
        }
        JsonObject body = Http.json(response);
        return new Registered(deviceKey, body.getString("deliveryToken"), body.getString("deviceSecret"));
    }

    public static HttpResponse<String> post(String action, String deviceKey, String deliveryToken, String deviceSecret, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Herald.HTTP + "/device/v1/" + action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (deviceKey != null) {
            request.header("X-Herald-Device-Key", deviceKey);
        }
        if (deliveryToken != null) {
            request.header("X-Herald-Delivery-Token", deliveryToken);
        }
        if (deviceSecret != null) {
            request.header("X-Herald-Device-Secret", deviceSecret);
        }
        return Http.send(request);
    }

    public static String json(String... namesAndValues) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return body.build().toString();
    }
}
