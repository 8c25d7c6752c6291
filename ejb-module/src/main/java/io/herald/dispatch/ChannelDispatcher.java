package io.herald.dispatch;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * The base of every channel's message-driven bean. Subclasses only name their queue (in
 * {@code @MessageDriven}) and their channel. The failure policy is the same for all: anything not
 * recorded as a final outcome is thrown back to the broker, which redelivers with the channel's
 * backoff and dead-letters the batch after the configured number of attempts.
 */
public abstract class ChannelDispatcher implements MessageListener {

    @Inject
    DeliveryDispatch dispatch;

    protected abstract String channel();

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("channel queues carry JSON text messages, not " + message.getClass().getSimpleName());
            }
            dispatch.dispatch(channel(), DeliveryBatch.fromJson(text.getText()), message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException e) {
            throw new IllegalStateException("could not read a delivery batch", e);
        }
    }
}
