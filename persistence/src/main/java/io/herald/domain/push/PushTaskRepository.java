package io.herald.domain.push;

import io.herald.domain.app.App;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class PushTaskRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public PushTask store(PushTask task) {
        em.persist(task);
        return task;
    }

    public Optional<PushTask> find(App app, String taskId) {
        return em.createQuery("select t from PushTask t where t.app = :app and t.taskId = :taskId", PushTask.class)
                .setParameter("app", app)
                .setParameter("taskId", taskId)
                .getResultStream().findFirst();
    }
}
