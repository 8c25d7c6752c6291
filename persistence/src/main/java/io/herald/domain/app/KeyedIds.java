package io.herald.domain.app;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids of an app's rows looked up by a public key (a UserID, a deliveryToken), many at a time: in
 * queries of at most a thousand keys, because databases bound the length of an IN list.
 */
public final class KeyedIds {

    static final int KEYS_PER_QUERY = 1000;

    private KeyedIds() {
    }

    /**
     * @param jpql selects {@code key, id} of the app {@code :app} for keys in {@code :keys}
     * @return the ids of the keys found, by key
     */
    public static Map<String, Long> lookUp(EntityManager em, String jpql, App app, List<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            em.createQuery(jpql, Object[].class)
                    .setParameter("app", app)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))
                    .getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }
}
