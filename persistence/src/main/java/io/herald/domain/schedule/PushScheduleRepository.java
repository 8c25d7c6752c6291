package io.herald.domain.schedule;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PushScheduleRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public PushSchedule store(PushSchedule schedule) {
        em.persist(schedule);
        return schedule;
    }

    public Optional<PushSchedule> find(long id) {
        return Optional.ofNullable(em.find(PushSchedule.class, id));
    }

    public Optional<PushSchedule> findByUniqueId(App app, String uniqueId) {
        return em.createQuery("select s from PushSchedule s where s.app = :app and s.uniqueId = :id", PushSchedule.class)
                .setParameter("app", app)
                .setParameter("id", uniqueId)
                .getResultStream().findFirst();
    }

    /** A firing of one of the app's schedules, by its own id. */
    public Optional<ScheduledFiring> findFiring(App app, String uniqueId) {
        return em.createQuery("select f from ScheduledFiring f join fetch f.schedule where f.schedule.app = :app and f.uniqueId = :id", ScheduledFiring.class)
                .setParameter("app", app)
                .setParameter("id", uniqueId)
                .getResultStream().findFirst();
    }

    /** A firing, locked until the transaction ends: two nodes never run the same firing. */
    public Optional<ScheduledFiring> lockFiring(long id) {
        return Optional.ofNullable(em.find(ScheduledFiring.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** How many of the app's schedules still have a firing to come. */
    public long countWithPendingFirings(App app) {
        return em.createQuery("select count(distinct f.schedule) from ScheduledFiring f where f.schedule.app = :app and f.status = :pending", Long.class)
                .setParameter("app", app)
                .setParameter("pending", FiringStatus.PENDING)
                .getSingleResult();
    }

    /** Every schedule, of any app, with a firing to come: what must have a timer. */
    public List<PushSchedule> withPendingFirings() {
        return em.createQuery("select distinct f.schedule from ScheduledFiring f where f.status = :pending", PushSchedule.class)
                .setParameter("pending", FiringStatus.PENDING)
                .getResultList();
    }

    /**
     * The app's firings planned within [from, to], of one kind if given, of one schedule (its main
     * id) or one firing (its own id) if given, by planned time.
     */
    public List<ScheduledFiring> firings(App app, Instant from, Instant to, PushKind kind, String uniqueId, int first, int max) {
        return filtered("select f", app, from, to, kind, uniqueId, " order by f.plannedAt, f.id", ScheduledFiring.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countFirings(App app, Instant from, Instant to, PushKind kind, String uniqueId) {
        return filtered("select count(f)", app, from, to, kind, uniqueId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, App app, Instant from, Instant to, PushKind kind, String uniqueId, String order, Class<T> type) {
        String jpql = select + " from ScheduledFiring f join f.schedule s where s.app = :app and f.plannedAt >= :from and f.plannedAt <= :to"
                + (kind == null ? "" : " and s.kind = :kind")
                + (uniqueId == null ? "" : " and (s.uniqueId = :id or f.uniqueId = :id)")
                + order;
        TypedQuery<T> query = em.createQuery(jpql, type)
                .setParameter("app", app)
                .setParameter("from", from)
                .setParameter("to", to);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (uniqueId != null) {
            query.setParameter("id", uniqueId);
        }
        return query;
    }
}
