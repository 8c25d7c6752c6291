package io.herald.domain.push;

import io.herald.domain.app.App;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
}
