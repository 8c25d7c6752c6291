package io.herald.channel.sms;

import io.herald.channel.spi.ChannelNames;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.domain.delivery.DeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * The SMS that accompanies a push (smsStrategy 2, queued with it) or backs it up (smsStrategy 1,
 * queued to be taken once the supplement window has passed, and then sent only if no device has
 * acknowledged the push). Sent through the provider the app's SMS credentials name.
 */
@ApplicationScoped
public class SmsChannel extends VendorChannel<SmsChannel.Gateway> {

    record Gateway(SmsProvider provider, VendorCredential settings) {
    }

    @Inject
    @Any
    Instance<SmsProvider> providers;

    @Inject
    DeliveryRepository deliveries;

    public SmsChannel() {
        super(ChannelNames.SMS, "provider");
    }

    /** {@code provider} ("webhook" unless another provider is deployed) and that provider's settings. */
    @Override
    public void check(JsonObject credentials) {
        super.check(credentials);
        provider(credentials.getString("provider")).check(credentials);
    }

    @Override
    protected Gateway connect(VendorCredential credential) {
        return new Gateway(provider(credential.get("provider")), credential);
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(Gateway gateway, DeliveryRequest request) {
        Notification.Sms sms = request.notification().sms();
        if (sms == null) {
            return CompletableFuture.completedFuture(new DeliveryOutcome.Rejected(request.deliveryId(), "the message asks for no SMS"));
        }
        if (sms.strategy() == Notification.SmsStrategy.SUPPLEMENT && pushArrived(request)) {
            return CompletableFuture.completedFuture(new DeliveryOutcome.Skipped(request.deliveryId(), "the push arrived; no SMS needed"));
        }
        return gateway.provider().send(gateway.settings(), new SmsText(request.deliveryId(), request.appId(), request.msgKey(),
                request.address(), sms.signName(), sms.templateCode(), sms.templateParam()));
    }

    private boolean pushArrived(DeliveryRequest request) {
        return deliveries.find(request.deliveryId()).map(d -> deliveries.hasArrived(d.message())).orElse(false);
    }

    private SmsProvider provider(String kind) {
        return providers.stream().filter(p -> p.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SMS provider named " + kind));
    }
}
