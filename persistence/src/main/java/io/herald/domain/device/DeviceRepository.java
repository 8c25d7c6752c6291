package io.herald.domain.device;

import io.herald.domain.app.App;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeviceRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public Optional<Device> findByToken(App app, String deliveryToken) {
        return em.createQuery("select d from Device d where d.app = :app and d.deliveryToken = :token", Device.class)
                .setParameter("app", app)
                .setParameter("token", deliveryToken)
                .getResultStream().findFirst();
    }

    /** The devices bound to a user, most recently seen first. */
    public List<Device> findBoundTo(App app, String userId) {
        return em.createQuery("select d from Device d where d.app = :app and d.boundUserId = :user order by d.lastSeenAt desc", Device.class)
                .setParameter("app", app)
                .setParameter("user", userId)
                .getResultList();
    }

    /** The devices bound to any of these users that reported a vendor token, with their tokens, in one query. */
    public List<Device> findBoundWithVendorTokens(App app, java.util.Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct d from Device d join fetch d.vendorTokens where d.app = :app and d.boundUserId in :users", Device.class)
                .setParameter("app", app)
                .setParameter("users", userIds)
                .getResultList();
    }

    public Device store(Device device) {
        em.persist(device);
        return device;
    }
}
