package io.herald.gateway;

import io.herald.domain.delivery.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sessions this node holds, by recipient. Only this node can write to its sockets, so this
 * directory is node-local by nature; a delivery for a recipient connected elsewhere waits in the
 * offline store until it is pulled (see docs/architecture.md for the cluster hand-off).
 */
@ApplicationScoped
public class GatewaySessions {

    private final Map<Recipient, Set<GatewayConnection>> sessions = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> perApp = new ConcurrentHashMap<>();

    /** Connections one app may hold on this node; beyond it new ones are turned away. */
    @Inject
    @ConfigProperty(name = "herald.gateway.max-connections-per-app", defaultValue = "100000")
    int maxConnectionsPerApp;

    /** @return false, registering nothing, when the app already holds as many connections as it may */
    public boolean open(Recipient recipient, GatewayConnection connection) {
        AtomicInteger count = perApp.computeIfAbsent(recipient.appId(), id -> new AtomicInteger());
        if (count.incrementAndGet() > maxConnectionsPerApp) {
            count.decrementAndGet();
            return false;
        }
        sessions.computeIfAbsent(recipient, r -> ConcurrentHashMap.newKeySet()).add(connection);
        return true;
    }

    public void close(Recipient recipient, GatewayConnection connection) {
        sessions.computeIfPresent(recipient, (r, set) -> {
            if (set.remove(connection)) {
                perApp.get(recipient.appId()).decrementAndGet();
            }
            return set.isEmpty() ? null : set;
        });
    }

    /** The addresses (UserIDs or deliveryTokens) of the app's recipients of this kind connected to this node. */
    public List<String> connected(long appId, TargetKind kind) {
        return sessions.keySet().stream()
                .filter(recipient -> recipient.appId() == appId && recipient.kind() == kind)
                .map(Recipient::address).toList();
    }

    /** The recipient's connections on this node that are still open. */
    public List<GatewayConnection> of(Recipient recipient) {
        return sessions.getOrDefault(recipient, Set.of()).stream().filter(GatewayConnection::isOpen).toList();
    }
}
