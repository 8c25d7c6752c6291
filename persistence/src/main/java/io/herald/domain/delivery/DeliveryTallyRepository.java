package io.herald.domain.delivery;

import io.herald.domain.app.App;
import io.herald.domain.push.PushTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

@ApplicationScoped
public class DeliveryTallyRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** Adds to the tally of this key, creating it at zero first if need be. */
    public void add(App app, PushTask task, String channel, LocalDate queuedOn, DeliveryStatus status, long count) {
        var query = em.createQuery("select t from DeliveryTally t where t.app = :app and "
                        + (task == null ? "t.task is null" : "t.task = :task")
                        + " and t.channel = :channel and t.queuedOn = :day and t.status = :status", DeliveryTally.class)
                .setParameter("app", app)
                .setParameter("channel", channel)
                .setParameter("day", queuedOn)
                .setParameter("status", status);
        if (task != null) {
            query.setParameter("task", task);
        }
        DeliveryTally tally = query
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    DeliveryTally created = new DeliveryTally(app, task, channel, queuedOn, status);
                    em.persist(created);
                    return created;
                });
        tally.add(count);
    }

    /** What the removed deliveries of a task counted, by final status. */
    public Map<DeliveryStatus, Long> countByStatus(PushTask task) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        em.createQuery("select t.status, sum(t.count) from DeliveryTally t where t.task = :task group by t.status", Object[].class)
                .setParameter("task", task)
                .getResultList()
                .forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** What the removed deliveries of an app's tasks of these kinds, queued on days [from, to], counted; optionally of one task, through some channels. */
    public Map<DeliveryStatus, Long> countForStatistics(App app, java.util.Set<io.herald.domain.push.PushKind> kinds, LocalDate from, LocalDate to,
                                                        String taskId, java.util.Set<String> channels) {
        String jpql = "select t.status, sum(t.count) from DeliveryTally t join t.task k where t.app = :app and k.kind in :kinds"
                + " and t.queuedOn >= :from and t.queuedOn <= :to"
                + (taskId == null ? "" : " and k.taskId = :taskId")
                + (channels == null ? "" : " and t.channel in :channels")
                + " group by t.status";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("app", app).setParameter("kinds", kinds).setParameter("from", from).setParameter("to", to);
        if (taskId != null) {
            query.setParameter("taskId", taskId);
        }
        if (channels != null) {
            query.setParameter("channels", channels);
        }
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        query.getResultList().forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }
}
