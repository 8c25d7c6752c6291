package io.herald.domain.channel;

import io.herald.domain.app.App;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class ChannelCredentialRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public ChannelCredential store(ChannelCredential credential) {
        em.persist(credential);
        return credential;
    }

    public Optional<ChannelCredential> find(long appId, String channel) {
        return em.createQuery("select c from ChannelCredential c where c.app.id = :app and c.channel = :channel", ChannelCredential.class)
                .setParameter("app", appId)
                .setParameter("channel", channel)
                .getResultStream().findFirst();
    }

    /**
     * The channels the app has credentials for, without reading the credentials. Every push with an
     * offline notification asks, and they rarely change: the query cache answers, and any write to
     * the credentials (on any node) invalidates it.
     */
    public List<String> channelsOf(App app) {
        return em.createQuery("select c.channel from ChannelCredential c where c.app = :app", String.class)
                .setParameter("app", app)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    public List<ChannelCredential> ofApp(App app) {
        return em.createQuery("select c from ChannelCredential c where c.app = :app order by c.channel", ChannelCredential.class)
                .setParameter("app", app)
                .getResultList();
    }

    public void delete(ChannelCredential credential) {
        em.remove(credential);
    }
}
