package io.herald.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Herald's JMS queues by name. herald.cli defines them as core queues at the addresses JMS uses
 * for those names rather than as jms-queue resources bound in JNDI (it says why). Resolving a name
 * asks the broker whether such a queue exists, since queues are never created on demand, so each
 * name is resolved once.
 */
@ApplicationScoped
public class BrokerQueues {

    @Inject
    JMSContext jms;

    private final Map<String, Queue> resolved = new ConcurrentHashMap<>();

    /** @throws JMSRuntimeException when the broker has no queue of that name */
    public Queue named(String name) {
        return resolved.computeIfAbsent(name, jms::createQueue);
    }
}
