package io.herald.dispatch;

import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * The base of every channel's message-driven bean. Subclasses only name their queue and their
 * channel. The failure policy is the same for all: a batch with deliveries that failed for now is
 * rolled back to the broker, which redelivers it with the channel's backoff and dead-letters it
 * after the configured number of attempts. An expected retry is one log line, not a stack trace.
 */
public abstract class ChannelDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ChannelDispatcher.class.getName());

    @Inject
    DeliveryDispatch dispatch;

    @Resource
    MessageDrivenContext context;

    protected abstract String channel();

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("channel queues carry JSON text messages, not " + message.getClass().getSimpleName());
            }
            dispatch.dispatch(channel(), DeliveryBatch.fromJson(text.getText()), message.getIntProperty("JMSXDeliveryCount"));
        } catch (ChannelRetryException retry) {
            context.setRollbackOnly();
            LOG.info(retry.getMessage());
        } catch (JMSException e) {
            throw new IllegalStateException("could not read a delivery batch", e);
        }
    }
}
