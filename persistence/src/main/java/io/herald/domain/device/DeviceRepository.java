package io.herald.domain.device;

import io.herald.domain.app.App;
import io.herald.persistence.ArraySelect;
import io.herald.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

@ApplicationScoped
public class DeviceRepository {

    /** Hibernate's hint name for entities that are read and never changed. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    private static final String SELECT_VENDOR_CHANNELS_OF_BOUND = "SELECT d.delivery_token, t.channel FROM " + SchemaMigrations.SCHEMA + ".device d JOIN "
            + SchemaMigrations.SCHEMA + ".device_vendor_token t ON t.device_id = d.id WHERE d.app_id = ? AND d.bound_user_id = ANY(?) ORDER BY d.id";

    private static final String SELECT_VENDOR_CHANNELS_BY_ID = "SELECT d.delivery_token, t.channel FROM " + SchemaMigrations.SCHEMA + ".device d LEFT JOIN "
            + SchemaMigrations.SCHEMA + ".device_vendor_token t ON t.device_id = d.id WHERE d.id = ANY(?) ORDER BY d.id";

    private static final String SELECT_IDS_BY_TOKEN = "SELECT delivery_token, id FROM " + SchemaMigrations.SCHEMA + ".device WHERE app_id = ? AND delivery_token = ANY(?)";

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** The persistence unit's data source: within a transaction it hands out the connection the entity manager uses. */
    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    private DataSource dataSource;

    public Optional<Device> findByToken(App app, String deliveryToken) {
        return em.createQuery("select d from Device d where d.app = :app and d.deliveryToken = :token", Device.class)
                .setParameter("app", app)
                .setParameter("token", deliveryToken)
                .getResultStream().findFirst();
    }

    /** The devices bound to a user, most recently seen first. */
    public List<Device> findBoundTo(App app, String userId) {
        return em.createQuery("select d from Device d where d.app = :app and d.boundUserId = :user order by d.lastSeenAt desc", Device.class)
                .setParameter("app", app)
                .setParameter("user", userId)
                .getResultList();
    }

    /**
     * The devices bound to any of these users that reported a vendor token, with their tokens, in one
     * query, read only: the caller changes none, so Hibernate keeps no snapshots of them to compare at
     * flush.
     */
    public List<Device> findBoundWithVendorTokens(App app, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct d from Device d join fetch d.vendorTokens where d.app = :app and d.boundUserId in :users", Device.class)
                .setParameter("app", app)
                .setParameter("users", userIds)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    /**
     * The vendor channels each device bound to one of these users has a token for, by delivery
     * token: what a fan-out needs to route them, read without loading a device. Every chunk of a
     * fan-out asks for hundreds of users.
     */
    public Map<String, Set<String>> vendorChannelsOfBound(App app, Collection<String> userIds) {
        Map<String, Set<String>> channels = new LinkedHashMap<>();
        ArraySelect.forApp(dataSource, SELECT_VENDOR_CHANNELS_OF_BOUND, app.id(), "varchar", userIds, "vendor channels of the users' devices",
                row -> channels.computeIfAbsent(row.getString(1), token -> new HashSet<>()).add(row.getString(2)));
        return channels;
    }

    /**
     * The ids of an app's devices of one platform that a broadcast reaches: bound to a user (and,
     * with {@code since}, bound since then), not bound (and, with {@code since}, seen since then), or
     * both.
     */
    public List<Long> broadcastIds(App app, Platform platform, boolean bound, boolean unbound, java.time.Instant boundSince,
                                   java.time.Instant unboundSince) {
        List<Long> ids = new ArrayList<>();
        if (bound) {
            var query = em.createQuery("select d.id from Device d where d.app = :app and d.platform = :platform and d.boundUserId is not null"
                            + (boundSince == null ? "" : " and exists (select b.id from DeviceBinding b where b.device = d and b.unboundAt is null and b.boundAt >= :since)"),
                    Long.class)
                    .setParameter("app", app).setParameter("platform", platform);
            if (boundSince != null) {
                query.setParameter("since", boundSince);
            }
            ids.addAll(query.getResultList());
        }
        if (unbound) {
            ids.addAll(em.createQuery("select d.id from Device d where d.app = :app and d.platform = :platform and d.boundUserId is null"
                            + " and d.lastSeenAt >= :since", Long.class)
                    .setParameter("app", app).setParameter("platform", platform)
                    .setParameter("since", unboundSince == null ? java.time.Instant.EPOCH : unboundSince)
                    .getResultList());
        }
        return ids;
    }

    /** The ids of those of these deliveryTokens that belong to the app's devices, by deliveryToken. */
    public Map<String, Long> idsByToken(App app, List<String> deliveryTokens) {
        Map<String, Long> ids = new HashMap<>();
        ArraySelect.forApp(dataSource, SELECT_IDS_BY_TOKEN, app.id(), "varchar", deliveryTokens, "device ids", row -> ids.put(row.getString(1), row.getLong(2)));
        return ids;
    }

    /**
     * The devices with these ids, by delivery token in id order, each with the vendor channels it has
     * a token for (none for a device that reported no vendor token): one statement with the ids as
     * an array, as a broadcast's fan-out reads every chunk.
     */
    public Map<String, Set<String>> vendorChannelsById(Collection<Long> ids) {
        Map<String, Set<String>> channels = new LinkedHashMap<>();
        ArraySelect.forKeys(dataSource, SELECT_VENDOR_CHANNELS_BY_ID, "bigint", ids, "devices and their vendor channels", row -> {
            Set<String> ofDevice = channels.computeIfAbsent(row.getString(1), token -> new HashSet<>());
            String channel = row.getString(2);
            if (channel != null) {
                ofDevice.add(channel);
            }
        });
        return channels;
    }

    public Device store(Device device) {
        em.persist(device);
        return device;
    }
}
