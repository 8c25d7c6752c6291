package io.herald.channel.sms;

import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.vendor.VendorCredential;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * A way to send an SMS, chosen per app by the {@code provider} field of its SMS credentials.
 * Herald ships the webhook provider (the app's own SMS gateway); others plug in as CDI beans.
 */
public interface SmsProvider {

    /** The value of {@code provider} that selects this one. */
    String kind();

    /** @throws IllegalArgumentException when the settings cannot be used */
    void check(JsonObject settings);

    CompletableFuture<DeliveryOutcome> send(VendorCredential settings, SmsText text);
}
