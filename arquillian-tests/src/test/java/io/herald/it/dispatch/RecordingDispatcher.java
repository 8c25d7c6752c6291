package io.herald.it.dispatch;

import io.herald.dispatch.ChannelDispatcher;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** The recording channel's dispatcher, declared exactly as a real channel declares its own. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "herald.channel.recording"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class RecordingDispatcher extends ChannelDispatcher {

    @Override
    protected String channel() {
        return "recording";
    }
}
