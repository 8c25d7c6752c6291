package io.herald.gateway;

import io.herald.dispatch.ChannelDispatcher;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Takes delivery batches off {@code herald.channel.gateway} and hands them to the {@link GatewayChannel}. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "herald.channel.gateway"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class GatewayDispatcher extends ChannelDispatcher {

    @Override
    protected String channel() {
        return GatewayChannel.NAME;
    }
}
