package io.herald.domain.delivery;

import io.herald.domain.app.App;
import io.herald.domain.device.Platform;
import io.herald.domain.message.Message;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class DeliveryRepository {

    private static final List<DeliveryStatus> IN_FLIGHT = List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENT);

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public Delivery store(Delivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    /** Whether any delivery of the message has reached a device (acknowledged, opened or ignored). */
    public boolean hasArrived(Message message) {
        return em.createQuery("select count(d) from Delivery d where d.message = :message and d.status in :arrived", Long.class)
                .setParameter("message", message)
                .setParameter("arrived", List.of(DeliveryStatus.ARRIVED, DeliveryStatus.OPENED, DeliveryStatus.IGNORED))
                .getSingleResult() > 0;
    }

    public Optional<Delivery> find(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    /**
     * The delivery, locked until the transaction ends, so that a device's receipt and the channel's
     * recording of the send never overwrite one another.
     */
    public Optional<Delivery> lock(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Delivery> findByMessage(Message message) {
        return em.createQuery("select d from Delivery d where d.message = :message", Delivery.class)
                .setParameter("message", message)
                .getResultList();
    }

    /** How many of a task's deliveries are in each status (one grouped query on the task's index). */
    public Map<DeliveryStatus, Long> countByStatus(PushTask task) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        em.createQuery("select d.status, count(d) from Delivery d where d.task = :task group by d.status", Object[].class)
                .setParameter("task", task)
                .getResultList()
                .forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * How many of an app's deliveries of tasks of these kinds, queued within [from, to), are in
     * each status; optionally of one task, through some channels, to devices of one platform. One
     * grouped query over the deliveries' time index.
     */
    public Map<DeliveryStatus, Long> countForStatistics(App app, Set<PushKind> kinds, Instant from, Instant to, String taskId,
                                                        Set<String> channels, Platform platform) {
        String jpql = "select d.status, count(d) from Delivery d join d.task t where d.app = :app and t.kind in :kinds"
                + " and d.queuedAt >= :from and d.queuedAt < :to"
                + (taskId == null ? "" : " and t.taskId = :taskId")
                + (channels == null ? "" : " and d.channel in :channels")
                + (platform == null ? "" : " and d.targetKind = :device and exists (select v.id from Device v where v.app = d.app"
                        + " and v.deliveryToken = d.target and v.platform = :platform)")
                + " group by d.status";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("app", app).setParameter("kinds", kinds).setParameter("from", from).setParameter("to", to);
        if (taskId != null) {
            query.setParameter("taskId", taskId);
        }
        if (channels != null) {
            query.setParameter("channels", channels);
        }
        if (platform != null) {
            query.setParameter("device", TargetKind.DEVICE).setParameter("platform", platform);
        }
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        query.getResultList().forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Deliveries to this target through this channel that have not arrived yet, oldest first, with their messages. */
    public List<Delivery> notArrived(long appId, TargetKind kind, String channel, String target) {
        return em.createQuery("select d from Delivery d join fetch d.message where d.app.id = :app and d.channel = :channel"
                        + " and d.target = :target and d.targetKind = :kind and d.status in :inFlight order by d.id", Delivery.class)
                .setParameter("app", appId)
                .setParameter("channel", channel)
                .setParameter("target", target)
                .setParameter("kind", kind)
                .setParameter("inFlight", IN_FLIGHT)
                .getResultList();
    }

    /** How many deliveries to this target through this channel have not arrived yet. */
    public long countNotArrived(long appId, TargetKind kind, String channel, String target) {
        return em.createQuery("select count(d) from Delivery d where d.app.id = :app and d.channel = :channel and d.target = :target"
                        + " and d.targetKind = :kind and d.status in :inFlight", Long.class)
                .setParameter("app", appId)
                .setParameter("channel", channel)
                .setParameter("target", target)
                .setParameter("kind", kind)
                .setParameter("inFlight", IN_FLIGHT)
                .getSingleResult();
    }

    /** Ids of deliveries not yet at an end (queued or sent), after a cursor, for checkpointed sweeps. */
    public List<Long> inFlightIdsAfter(long lastId, int limit) {
        return em.createQuery("select d.id from Delivery d where d.id > :last and d.status in :inFlight order by d.id", Long.class)
                .setParameter("last", lastId)
                .setParameter("inFlight", IN_FLIGHT)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Ids of an app's deliveries the retention job may remove, after a cursor: queued before the
     * cutoff and finished, or queued so long ago that no lifetime can still cover them.
     */
    public List<Long> retiredIdsAfter(long appId, long lastId, Instant cutoff, Instant beyondAnyLifetime, int limit) {
        return em.createQuery("select d.id from Delivery d where d.app.id = :app and d.id > :last and d.queuedAt < :cutoff"
                        + " and (d.status not in :inFlight or d.queuedAt < :beyond) order by d.id", Long.class)
                .setParameter("app", appId)
                .setParameter("last", lastId)
                .setParameter("cutoff", cutoff)
                .setParameter("inFlight", IN_FLIGHT)
                .setParameter("beyond", beyondAnyLifetime)
                .setMaxResults(limit)
                .getResultList();
    }

    public void deleteAll(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from Delivery d where d.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** The deliveries of a batch whose outcome is being recorded, locked (in id order) until the transaction ends. */
    /**
     * {@link Delivery#markSent} for those of the given deliveries that are still queued, as one
     * statement that reads no rows: most of a batch goes out, and a delivery that a receipt moved on
     * in the meantime is left as the receipt put it. @return how many were marked
     */
    public int markSent(Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update Delivery d set d.status = :sent, d.attempts = d.attempts + 1, d.sentAt = :at"
                        + " where d.id in :ids and d.status = :queued")
                .setParameter("sent", DeliveryStatus.SENT)
                .setParameter("at", at)
                .setParameter("ids", ids)
                .setParameter("queued", DeliveryStatus.QUEUED)
                .executeUpdate();
    }

    public List<Delivery> lockBatch(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Delivery d where d.id in :ids order by d.id", Delivery.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
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
