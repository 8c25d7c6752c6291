package io.herald.domain.delivery;

import io.herald.domain.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeliveryRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public Delivery store(Delivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    public Optional<Delivery> find(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    public List<Delivery> findByMessage(Message message) {
        return em.createQuery("select d from Delivery d where d.message = :message", Delivery.class)
                .setParameter("message", message)
                .getResultList();
    }

    /** Ids of deliveries not yet at an end (queued or sent), after a cursor, for checkpointed sweeps. */
    public List<Long> inFlightIdsAfter(long lastId, int limit) {
        return em.createQuery("select d.id from Delivery d where d.id > :last and d.status in :inFlight order by d.id", Long.class)
                .setParameter("last", lastId)
                .setParameter("inFlight", List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENT))
                .setMaxResults(limit)
                .getResultList();
    }

    /** The deliveries of one dispatch batch, with their messages, in one query. */
    public List<Delivery> findBatch(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Delivery d join fetch d.message where d.id in :ids order by d.id", Delivery.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
