package io.herald.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions this node holds, by recipient. Only this node can write to its sockets, so this
 * directory is node-local by nature; a delivery for a recipient connected elsewhere waits in the
 * offline store until it is pulled (see docs/architecture.md for the cluster hand-off).
 */
@ApplicationScoped
public class GatewaySessions {

    private final Map<Recipient, Set<GatewayConnection>> sessions = new ConcurrentHashMap<>();

    public void open(Recipient recipient, GatewayConnection connection) {
        sessions.computeIfAbsent(recipient, r -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void close(Recipient recipient, GatewayConnection connection) {
        sessions.computeIfPresent(recipient, (r, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    public List<GatewayConnection> of(Recipient recipient) {
        return List.copyOf(sessions.getOrDefault(recipient, Set.of()));
    }

    public boolean isOnline(Recipient recipient) {
        return !of(recipient).isEmpty();
    }
}
