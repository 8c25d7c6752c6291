package io.herald.domain.template;

import io.herald.domain.app.App;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TemplateRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public Optional<MessageTemplate> find(App app, long id) {
        return em.createQuery("select t from MessageTemplate t where t.app = :app and t.id = :id", MessageTemplate.class)
                .setParameter("app", app)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<MessageTemplate> findByName(App app, String name) {
        return em.createQuery("select t from MessageTemplate t where t.app = :app and t.name = :name", MessageTemplate.class)
                .setParameter("app", app)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    public long count(App app) {
        return em.createQuery("select count(t) from MessageTemplate t where t.app = :app", Long.class)
                .setParameter("app", app)
                .getSingleResult();
    }

    public List<MessageTemplate> page(App app, int first, int size) {
        return em.createQuery("select t from MessageTemplate t where t.app = :app order by t.id", MessageTemplate.class)
                .setParameter("app", app)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public MessageTemplate store(MessageTemplate template) {
        em.persist(template);
        return template;
    }

    public void delete(MessageTemplate template) {
        em.remove(template);
    }
}
