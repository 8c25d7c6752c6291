package io.herald.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AppRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    public Optional<App> find(long id) {
        return Optional.ofNullable(em.find(App.class, id));
    }

    public Optional<App> findBySdkAppId(long sdkAppId) {
        return em.createQuery("select a from App a where a.sdkAppId = :id", App.class)
                .setParameter("id", sdkAppId)
                .getResultStream().findFirst();
    }

    public Optional<App> findByMpsAppId(String mpsAppId) {
        return em.createQuery("select a from App a where a.mpsAppId = :id", App.class)
                .setParameter("id", mpsAppId)
                .getResultStream().findFirst();
    }

    public Optional<App> findByDeviceKey(String deviceKey) {
        return em.createQuery("select a from App a where a.deviceKey = :key", App.class)
                .setParameter("key", deviceKey)
                .getResultStream().findFirst();
    }

    public Optional<AccessKey> findAccessKey(String accessKeyId) {
        return em.createQuery("select k from AccessKey k join fetch k.app where k.accessKeyId = :id", AccessKey.class)
                .setParameter("id", accessKeyId)
                .getResultStream().findFirst();
    }

    /** The highest SDKAppID in [from, to), or empty when none is. */
    public Optional<Long> highestSdkAppIdIn(long from, long to) {
        return Optional.ofNullable(em.createQuery("select max(a.sdkAppId) from App a where a.sdkAppId >= :from and a.sdkAppId < :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    public List<App> list() {
        return em.createQuery("select a from App a order by a.id", App.class).getResultList();
    }

    public App store(App app) {
        if (app.id() == null) {
            em.persist(app);
            return app;
        }
        return em.merge(app);
    }
}
