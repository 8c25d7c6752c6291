package io.herald.domain.account;

import io.herald.domain.app.App;
import io.herald.persistence.ArraySelect;
import io.herald.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

@ApplicationScoped
public class AccountRepository {

    /** Up to this many UserIDs one indexed lookup each costs less than one query with a list. */
    static final int SINGLE_LOOKUPS = 4;

    private static final String SELECT_USER_IDS = "SELECT user_id FROM " + SchemaMigrations.SCHEMA + ".account WHERE id = ANY(?)";
    private static final String SELECT_IDS_BY_USER_ID = "SELECT user_id, id FROM " + SchemaMigrations.SCHEMA + ".account WHERE app_id = ? AND user_id = ANY(?)";

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** The persistence unit's data source: within a transaction it hands out the connection the entity manager uses. */
    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    private DataSource dataSource;

    public Optional<Account> find(App app, String userId) {
        return em.createQuery("select a from Account a where a.app = :app and a.userId = :userId", Account.class)
                .setParameter("app", app)
                .setParameter("userId", userId)
                .getResultStream().findFirst();
    }

    /**
     * Those of the given UserIDs that are imported in the app. A few (a message's sender and
     * recipient) are checked one by one: Hibernate translates a query with a list parameter afresh on
     * every call, which costs more than the few lookups whose translation it keeps.
     */
    public Set<String> existing(App app, Collection<String> userIds) {
        if (userIds.size() > SINGLE_LOOKUPS) {
            return findAll(app, userIds).stream().map(Account::userId).collect(Collectors.toSet());
        }
        TypedQuery<String> lookup = em.createQuery("select a.userId from Account a where a.app = :app and a.userId = :userId", String.class)
                .setParameter("app", app);
        return userIds.stream().distinct()
                .filter(userId -> !lookup.setParameter("userId", userId).getResultList().isEmpty())
                .collect(Collectors.toSet());
    }

    /** Those of the given UserIDs that exist in the app, in one query. */
    public List<Account> findAll(App app, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.app = :app and a.userId in :userIds", Account.class)
                .setParameter("app", app)
                .setParameter("userIds", userIds)
                .getResultList();
    }

    public Account store(Account account) {
        em.persist(account);
        return account;
    }

    public void delete(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    /** The ids of all the app's accounts: the ordinals audience bitmaps hold. */
    public List<Long> ids(App app) {
        return em.createQuery("select a.id from Account a where a.app = :app", Long.class)
                .setParameter("app", app)
                .getResultList();
    }

    public List<Long> idsTagged(App app, String tag) {
        return em.createQuery("select a.id from Account a join a.tags t where a.app = :app and t = :tag", Long.class)
                .setParameter("app", app)
                .setParameter("tag", tag)
                .getResultList();
    }

    public List<Long> idsWithAttribute(App app, String name, String value) {
        return em.createQuery("select a.id from Account a join a.attributes v where a.app = :app and key(v) = :name and v = :value", Long.class)
                .setParameter("app", app)
                .setParameter("name", name)
                .setParameter("value", value)
                .getResultList();
    }

    /** The ids of those of these UserIDs that exist in the app, by UserID. */
    public Map<String, Long> idsByUserId(App app, List<String> userIds) {
        Map<String, Long> ids = new HashMap<>();
        ArraySelect.forApp(dataSource, SELECT_IDS_BY_USER_ID, app.id(), "varchar", userIds, "account ids", row -> ids.put(row.getString(1), row.getLong(2)));
        return ids;
    }

    /**
     * The UserIDs of the accounts with these ids, answered from the primary key. Every chunk of a
     * fan-out asks for hundreds.
     */
    public List<String> userIds(Collection<Long> ids) {
        List<String> userIds = new ArrayList<>(ids.size());
        ArraySelect.forKeys(dataSource, SELECT_USER_IDS, "bigint", ids, "UserIDs", row -> userIds.add(row.getString(1)));
        return userIds;
    }
}
