package io.herald.domain.push;

import io.herald.domain.app.App;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class PushTaskRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public PushTask store(PushTask task) {
        em.persist(task);
        return task;
    }

    /** Tasks of these kinds created from {@code since}, newest first, optionally one id or name, one page. */
    public List<PushTask> list(App app, Set<PushKind> kinds, Instant since, String taskId, String name, int first, int size) {
        String filters = (taskId == null ? "" : " and t.taskId = :taskId") + (name == null ? "" : " and t.name = :name");
        var query = em.createQuery("select t from PushTask t where t.app = :app and t.kind in :kinds and t.createdAt >= :since"
                        + filters + " order by t.createdAt desc, t.id desc", PushTask.class)
                .setParameter("app", app)
                .setParameter("kinds", kinds)
                .setParameter("since", since)
                .setFirstResult(first)
                .setMaxResults(size);
        if (taskId != null) {
            query.setParameter("taskId", taskId);
        }
        if (name != null) {
            query.setParameter("name", name);
        }
        return query.getResultList();
    }

    public Optional<PushTask> find(App app, String taskId) {
        return em.createQuery("select t from PushTask t where t.app = :app and t.taskId = :taskId", PushTask.class)
                .setParameter("app", app)
                .setParameter("taskId", taskId)
                .getResultStream().findFirst();
    }

    public Optional<PushTask> find(long id) {
        return Optional.ofNullable(em.find(PushTask.class, id));
    }

    /** The app's push of this kind made with this random number since then, if any. */
    public Optional<PushTask> findWithRandom(App app, PushKind kind, long random, Instant since) {
        return em.createQuery("select t from PushTask t where t.app = :app and t.kind = :kind and t.messageRandom = :random"
                        + " and t.createdAt >= :since order by t.createdAt desc", PushTask.class)
                .setParameter("app", app)
                .setParameter("kind", kind)
                .setParameter("random", random)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The app's tasks with these ids, for reports. */
    public List<PushTask> findAll(App app, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from PushTask t where t.app = :app and t.taskId in :ids", PushTask.class)
                .setParameter("app", app)
                .setParameter("ids", taskIds)
                .getResultList();
    }

    /**
     * The running task's fan-out went through this many more of its audience. Counted in the
     * database, not on the entity: the fan-out's partitions count for the same task at once.
     */
    public void fannedOut(PushTask task, int more) {
        em.createQuery("update PushTask t set t.fannedOut = case when t.fannedOut + :more > t.targetCount then t.targetCount else t.fannedOut + :more end"
                        + " where t.id = :id and t.status = :running")
                .setParameter("more", (long) more)
                .setParameter("id", task.id())
                .setParameter("running", PushTaskStatus.RUNNING)
                .executeUpdate();
    }

    /** Tasks of these kinds, of any app, not finished: what a restart of Herald must see through. */
    public List<PushTask> unfinished(Set<PushKind> kinds) {
        return em.createQuery("select t from PushTask t where t.kind in :kinds and t.status in :open", PushTask.class)
                .setParameter("kinds", kinds)
                .setParameter("open", List.of(PushTaskStatus.PENDING, PushTaskStatus.RUNNING))
                .getResultList();
    }
}
