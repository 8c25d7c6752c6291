package io.herald.domain.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class MessageRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public Message store(Message message) {
        em.persist(message);
        return message;
    }
}
