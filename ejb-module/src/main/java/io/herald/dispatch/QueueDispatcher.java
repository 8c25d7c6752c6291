package io.herald.dispatch;

import jakarta.annotation.Resource;

/**
 * The message-driven bean of a channel named in its deployment descriptor: {@code ejb-jar.xml}
 * declares one per vendor channel and for SMS, each on its own queue, with its channel's name as
 * the {@code channel} environment entry.
 */
public class QueueDispatcher extends ChannelDispatcher {

    @Resource(name = "channel")
    String channel;

    @Override
    protected String channel() {
        return channel;
    }
}
