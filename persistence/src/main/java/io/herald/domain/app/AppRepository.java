package io.herald.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class AppRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    @PersistenceUnit(unitName = "herald")
    private EntityManagerFactory entityManagers;

    public Optional<App> find(long id) {
        return Optional.ofNullable(em.find(App.class, id));
    }

    /**
     * The app with this SDKAppID, for callers outside a transaction (every Tencent call is
     * authenticated with it): resolved through the second-level cache, natural id then entity, in a
     * short session of its own, so no query is built or run while the app is cached. Building and
     * running the cached query instead cost 6% of the server's CPU under sendmsg load. The app
     * comes back detached, as it would from a query outside a transaction.
     */
    public Optional<App> findBySdkAppIdOutsideTransaction(long sdkAppId) {
        try (EntityManager reader = entityManagers.createEntityManager()) {
            return reader.unwrap(Session.class).bySimpleNaturalId(App.class).loadOptional(sdkAppId);
        }
    }

    public Optional<App> findBySdkAppId(long sdkAppId) {
        return byPublicId("select a from App a where a.sdkAppId = :id")
                .setParameter("id", sdkAppId)
                .getResultList().stream().findFirst();
    }

    public Optional<App> findByMpsAppId(String mpsAppId) {
        return byPublicId("select a from App a where a.mpsAppId = :id")
                .setParameter("id", mpsAppId)
                .getResultList().stream().findFirst();
    }

    public Optional<App> findByDeviceKey(String deviceKey) {
        return byPublicId("select a from App a where a.deviceKey = :key")
                .setParameter("key", deviceKey)
                .getResultList().stream().findFirst();
    }

    /**
     * Every call of either family starts with one of these lookups: answered from the query cache,
     * which any change to an app invalidates (a result list, because a stream bypasses the cache).
     */
    private TypedQuery<App> byPublicId(String jpql) {
        return em.createQuery(jpql, App.class).setHint(HibernateHints.HINT_CACHEABLE, true);
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
