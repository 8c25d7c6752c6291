package io.herald.channel.vendor;

import io.herald.channel.spi.DeliveryRequest;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/** Small pieces that every vendor payload is built from. */
public final class VendorPayloads {

    private VendorPayloads() {
    }

    /** Adds the field only when there is a value: vendors reject empty optional fields. */
    public static void putIfPresent(JsonObjectBuilder object, String name, String value) {
        if (value != null && !value.isEmpty()) {
            object.add(name, value);
        }
    }

    /** The rest of the message's life in seconds, at least one: vendors keep an offline notification that long. */
    public static long secondsLeft(DeliveryRequest request, Instant now) {
        return Math.max(1, Duration.between(now, request.expiresAt()).toSeconds());
    }

    /** The lower-case hex digest (SHA-256, MD5) that vendors sign their auth requests with. */
    public static String digestHex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    /**
     * The Android notification id of a delivery (a non-negative int, as every Android vendor takes
     * it): the delivery's recall carries the same one, which makes it replace what the device shows.
     */
    public static int notifyId(DeliveryRequest request) {
        return (int) (request.deliveryId() % Integer.MAX_VALUE);
    }

    /** Whether a tap should open a web page rather than the app. */
    public static boolean isWebLink(String uri) {
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://"));
    }
}
