package io.herald.domain.delivery;

import io.herald.domain.app.App;
import io.herald.domain.device.Platform;
import io.herald.domain.message.Message;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.persistence.ArraySelect;
import io.herald.persistence.Databases;
import io.herald.persistence.SchemaMigrations;
import io.herald.persistence.migration.V11__Delivery_and_message_sequences;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import javax.sql.DataSource;

@ApplicationScoped
public class DeliveryRepository {

    private static final List<DeliveryStatus> IN_FLIGHT = List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENT);

    private static final String INSERT_QUEUED = "INSERT INTO " + SchemaMigrations.SCHEMA + ".delivery"
            + " (id, app_id, message_id, push_task_id, channel, target, target_kind, status, attempts, queued_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final String SELECT_ADDRESSEES = "SELECT id, app_id, target_kind, target, status FROM " + SchemaMigrations.SCHEMA + ".delivery WHERE id = ANY(?)";
    private static final String MARK_ARRIVED = "UPDATE " + SchemaMigrations.SCHEMA + ".delivery"
            + " SET status = ?, sent_at = COALESCE(sent_at, ?), arrived_at = ? WHERE id = ? AND status IN (?, ?)";
    private static final String MARK_SENT = "UPDATE " + SchemaMigrations.SCHEMA + ".delivery"
            + " SET status = ?, attempts = attempts + 1, sent_at = ? WHERE id = ? AND status = ?";
    private static final String MARK_ALL_SENT = "UPDATE " + SchemaMigrations.SCHEMA + ".delivery"
            + " SET status = ?, attempts = attempts + 1, sent_at = ? WHERE id = ANY(?) AND status = ?";
    private static final String OUTGOING_COLUMNS = "SELECT d.id, d.app_id, d.target_kind, d.target, d.status, m.msg_key, m.sender, m.payload,"
            + " m.offline_push, m.custom_data, m.created_at, m.lifetime_seconds, m.withdrawn_at, t.task_id";
    private static final String OUTGOING_FROM = " FROM " + SchemaMigrations.SCHEMA + ".delivery d JOIN " + SchemaMigrations.SCHEMA + ".message m ON m.id = d.message_id"
            + " LEFT JOIN " + SchemaMigrations.SCHEMA + ".push_task t ON t.id = m.push_task_id";
    private static final String SELECT_OUTGOING = OUTGOING_COLUMNS + ", NULL" + OUTGOING_FROM + " WHERE d.id = ANY(?)";
    /**
     * Each delivery's device is found from the delivery row, through the device's unique (app,
     * delivery token) key, and its token by the token's own key: no list of tokens for the database
     * to match, which H2 can only do through an index that the list's column leads.
     */
    private static final String SELECT_OUTGOING_WITH_VENDOR_TOKEN = OUTGOING_COLUMNS + ", vt.token" + OUTGOING_FROM
            + " LEFT JOIN " + SchemaMigrations.SCHEMA + ".device v ON v.app_id = d.app_id AND v.delivery_token = d.target AND d.target_kind = '" + TargetKind.DEVICE.name() + "'"
            + " LEFT JOIN " + SchemaMigrations.SCHEMA + ".device_vendor_token vt ON vt.device_id = v.id AND vt.channel = d.channel"
            + " WHERE d.id = ANY(?)";
    private static final String END_QUEUED = "UPDATE " + SchemaMigrations.SCHEMA + ".delivery"
            + " SET status = ?, failure_reason = COALESCE(?, failure_reason), ended_at = ? WHERE id = ? AND status = ?";
    private static final String NEXT_BLOCKS_ON_POSTGRESQL = "SELECT nextval('" + SchemaMigrations.SCHEMA + ".delivery_seq') FROM generate_series(1, ?)";
    private static final String NEXT_BLOCKS_STANDARD = "SELECT NEXT VALUE FOR " + SchemaMigrations.SCHEMA + ".delivery_seq FROM SYSTEM_RANGE(1, ?)";

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** The persistence unit's data source: within a transaction it hands out the connection the entity manager uses. */
    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    private DataSource dataSource;

    public Delivery store(Delivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    /**
     * Queues one delivery of the message through the channel to each target, in one JDBC batch and
     * without entities: a fan-out writes thousands a second, and Hibernate's work per entity (the
     * persist, the flush's dirty check) cost more than the insert. Ids come from the entity's own
     * sequence, read as Hibernate reads it, so the two never hand out the same id.
     * @return the deliveries' ids, in the targets' order
     */
    public List<Long> queue(Message message, PushTask task, String channel, TargetKind kind, List<String> targets, Instant at) {
        return queue(task, channel, kind, targets.stream().map(target -> new Queued(message, target)).toList(), at);
    }

    /** One delivery to queue: which message, to whom. */
    public record Queued(Message message, String target) {
    }

    /**
     * {@link #queue(Message, PushTask, String, TargetKind, List, Instant) Queues} deliveries of
     * several messages through one channel in one JDBC batch (sendmsg's group commit: one or two per
     * message). The messages must have their ids, which they have once persisted.
     * @return the deliveries' ids, in the given order
     */
    public List<Long> queue(PushTask task, String channel, TargetKind kind, List<Queued> queued, Instant at) {
        if (queued.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = nextIds(connection, queued.size());
            try (PreparedStatement insert = connection.prepareStatement(INSERT_QUEUED)) {
                OffsetDateTime queuedAt = at.atOffset(ZoneOffset.UTC);
                for (int i = 0; i < queued.size(); i++) {
                    Message message = queued.get(i).message();
                    insert.setLong(1, ids.get(i));
                    insert.setLong(2, message.app().id());
                    insert.setLong(3, message.id());
                    if (task == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, task.id());
                    }
                    insert.setString(5, channel);
                    insert.setString(6, queued.get(i).target());
                    insert.setString(7, kind.name());
                    insert.setString(8, DeliveryStatus.QUEUED.name());
                    insert.setObject(9, queuedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Could not queue " + queued.size() + " deliveries through " + channel, e);
        }
    }

    /**
     * Ids for {@code count} new deliveries. Each value of the sequence stands for the block of
     * {@link V11__Delivery_and_message_sequences#ALLOCATION} ids that ends with it, which is how
     * Hibernate's pooled optimizer takes it; ids below 1 are never used.
     */
    private static List<Long> nextIds(Connection connection, int count) throws SQLException {
        int blockSize = V11__Delivery_and_message_sequences.ALLOCATION;
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement next = connection.prepareStatement(Databases.isPostgreSql(connection) ? NEXT_BLOCKS_ON_POSTGRESQL : NEXT_BLOCKS_STANDARD)) {
            while (ids.size() < count) {
                next.setInt(1, (count - ids.size() + blockSize - 1) / blockSize);
                try (ResultSet values = next.executeQuery()) {
                    while (values.next()) {
                        long last = values.getLong(1);
                        for (long id = Math.max(1, last - blockSize + 1); id <= last && ids.size() < count; id++) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Whether any delivery of the message has reached a device (acknowledged, opened or ignored). */
    public boolean hasArrived(Message message) {
        return em.createQuery("select count(d) from Delivery d where d.message = :message and d.status in :arrived", Long.class)
                .setParameter("message", message)
                .setParameter("arrived", List.of(DeliveryStatus.ARRIVED, DeliveryStatus.OPENED, DeliveryStatus.IGNORED))
                .getSingleResult() > 0;
    }

    public Optional<Delivery> find(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    /** Whom a delivery is addressed to, and where it stands: what a device's receipt is checked against. */
    public record Addressee(long appId, TargetKind kind, String target, DeliveryStatus status) {
    }

    /**
     * The addressees of those of these deliveries that exist, by id. Every device acknowledges every
     * delivery, so this is plain JDBC by primary key, one statement for all of them: Hibernate's
     * translation of a query with a list cost more than the lookups.
     */
    public Map<Long, Addressee> addressees(Collection<Long> ids) {
        return selectAll(SELECT_ADDRESSEES, ids, "addressees", row -> new Addressee(row.getLong(2), TargetKind.valueOf(row.getString(3)),
                row.getString(4), DeliveryStatus.valueOf(row.getString(5))));
    }

    /**
     * Marks those of these deliveries that are still queued or sent as arrived, in one JDBC batch by
     * primary key that loads no entity (this is every device's ack); one that moved on in the
     * meantime is left as it is. Naming the target's columns too would make H2 walk the target's
     * index instead of the key.
     */
    public void markArrived(Collection<Long> ids, Instant at) {
        OffsetDateTime arrivedAt = at.atOffset(ZoneOffset.UTC);
        updateEach(MARK_ARRIVED, ids, "arrived",
                id -> new Object[] {DeliveryStatus.ARRIVED.name(), arrivedAt, arrivedAt, id, DeliveryStatus.QUEUED.name(), DeliveryStatus.SENT.name()});
    }

    /**
     * The deliveries of one dispatch batch that exist, in id order, each with what its channel needs
     * of its message: plain JDBC by primary key, one statement for the batch. Every delivery passes
     * through here; Hibernate translated the list query afresh on every batch and built an entity and
     * a snapshot of each row and its message.
     */
    public List<OutgoingDelivery> outgoing(Collection<Long> ids) {
        return outgoing(SELECT_OUTGOING, ids);
    }

    /**
     * {@link #outgoing The deliveries of one dispatch batch} through a vendor channel, each with
     * the token its device reported for that channel, read with them: the batch's one statement
     * instead of one more lookup per device.
     */
    public List<OutgoingDelivery> outgoingWithVendorTokens(Collection<Long> ids) {
        return outgoing(SELECT_OUTGOING_WITH_VENDOR_TOKEN, ids);
    }

    private List<OutgoingDelivery> outgoing(String sql, Collection<Long> ids) {
        Map<Long, OutgoingDelivery> found = selectAll(sql, ids.stream().sorted().distinct().toList(), "outgoing deliveries",
                row -> new OutgoingDelivery(row.getLong(1), row.getLong(2), TargetKind.valueOf(row.getString(3)), row.getString(4),
                        DeliveryStatus.valueOf(row.getString(5)), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                        row.getString(10), row.getObject(11, OffsetDateTime.class).toInstant(), row.getLong(12), row.getObject(13) != null,
                        row.getString(14), row.getString(15)));
        return new ArrayList<>(found.values());
    }

    /**
     * Ends those of these deliveries that are still queued — failed, revoked, expired or skipped —
     * with the reason when there is one (otherwise the last attempt's stays), in one JDBC batch by
     * primary key. @return how many it ended
     */
    public int endQueued(Collection<Long> ids, DeliveryStatus endedAs, String reason, Instant at) {
        if (!endedAs.isFinal() || !DeliveryStatus.QUEUED.canMoveTo(endedAs)) {
            throw new IllegalArgumentException("a queued delivery does not end as " + endedAs);
        }
        OffsetDateTime endedAt = at.atOffset(ZoneOffset.UTC);
        String failureReason = reason == null ? null : Delivery.truncate(reason);
        return updateEach(END_QUEUED, ids, endedAs.name().toLowerCase(),
                id -> new Object[] {endedAs.name(), failureReason, endedAt, id, DeliveryStatus.QUEUED.name()});
    }

    /** Reads the row a select found for one delivery; its id is the first column. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs the select once for all these deliveries, by primary key with the ids as one array
     * parameter ({@code id = ANY(?)}, which H2 and PostgreSQL both answer from the key): one
     * statement per batch instead of one per delivery.
     * @return what was read of those that exist, by id, in the order given
     */
    private <T> Map<Long, T> selectAll(String sql, Collection<Long> ids, String what, RowReader<T> reader) {
        Map<Long, T> byId = new HashMap<>();
        ArraySelect.forKeys(dataSource, sql, "bigint", ids, what + " of deliveries", row -> byId.put(row.getLong(1), reader.read(row)));
        Map<Long, T> found = new LinkedHashMap<>();
        ids.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
        return found;
    }

    /**
     * Runs the update once for each delivery, in one JDBC batch, in id order. Receipts, the channels'
     * outcomes and the ends of queued deliveries change rows of one another's batches at the same
     * time; taking the rows' locks in one order means none of them waits on another that waits on
     * it (the dispatch MDB's and the receipts' batches deadlocked under load when each went in its
     * own order). @return how many rows it changed
     */
    private int updateEach(String sql, Collection<Long> ids, String movedTo, LongFunction<Object[]> parameters) {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (long id : ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray()) {
                Object[] values = parameters.apply(id);
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.addBatch();
            }
            return Arrays.stream(update.executeBatch()).map(count -> Math.max(count, 0)).sum();
        } catch (SQLException e) {
            throw new PersistenceException("Could not mark " + ids.size() + " deliveries " + movedTo, e);
        }
    }

    /**
     * The delivery, locked until the transaction ends, so that a device's receipt and the channel's
     * recording of the send never overwrite one another.
     */
    public Optional<Delivery> lock(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Delivery> findByMessage(Message message) {
        return em.createQuery("select d from Delivery d where d.message = :message", Delivery.class)
                .setParameter("message", message)
                .getResultList();
    }

    /** How many of a task's deliveries are in each status: one grouped query through the task's messages and their deliveries' (message, status) index. */
    public Map<DeliveryStatus, Long> countByStatus(PushTask task) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        em.createQuery("select d.status, count(d) from Delivery d join d.message m where m.task = :task group by d.status", Object[].class)
                .setParameter("task", task)
                .getResultList()
                .forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * How many of an app's deliveries of tasks of these kinds, queued within [from, to), are in
     * each status; optionally of one task, through some channels, to devices of one platform. One
     * grouped query over the deliveries' time index.
     */
    public Map<DeliveryStatus, Long> countForStatistics(App app, Set<PushKind> kinds, Instant from, Instant to, String taskId,
                                                        Set<String> channels, Platform platform) {
        String jpql = "select d.status, count(d) from Delivery d join d.task t where d.app = :app and t.kind in :kinds"
                + " and d.queuedAt >= :from and d.queuedAt < :to"
                + (taskId == null ? "" : " and t.taskId = :taskId")
                + (channels == null ? "" : " and d.channel in :channels")
                + (platform == null ? "" : " and d.targetKind = :device and exists (select v.id from Device v where v.app = d.app"
                        + " and v.deliveryToken = d.target and v.platform = :platform)")
                + " group by d.status";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("app", app).setParameter("kinds", kinds).setParameter("from", from).setParameter("to", to);
        if (taskId != null) {
            query.setParameter("taskId", taskId);
        }
        if (channels != null) {
            query.setParameter("channels", channels);
        }
        if (platform != null) {
            query.setParameter("device", TargetKind.DEVICE).setParameter("platform", platform);
        }
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        query.getResultList().forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Deliveries to this target through this channel that have not arrived yet, oldest first, with their messages. */
    public List<Delivery> notArrived(long appId, TargetKind kind, String channel, String target) {
        return em.createQuery("select d from Delivery d join fetch d.message where d.app.id = :app and d.channel = :channel"
                        + " and d.target = :target and d.targetKind = :kind and d.status in :inFlight order by d.id", Delivery.class)
                .setParameter("app", appId)
                .setParameter("channel", channel)
                .setParameter("target", target)
                .setParameter("kind", kind)
                .setParameter("inFlight", IN_FLIGHT)
                .getResultList();
    }

    /** How many deliveries to this target through this channel have not arrived yet. */
    public long countNotArrived(long appId, TargetKind kind, String channel, String target) {
        return em.createQuery("select count(d) from Delivery d where d.app.id = :app and d.channel = :channel and d.target = :target"
                        + " and d.targetKind = :kind and d.status in :inFlight", Long.class)
                .setParameter("app", appId)
                .setParameter("channel", channel)
                .setParameter("target", target)
                .setParameter("kind", kind)
                .setParameter("inFlight", IN_FLIGHT)
                .getSingleResult();
    }

    /** Ids of deliveries not yet at an end (queued or sent), after a cursor, for checkpointed sweeps. */
    public List<Long> inFlightIdsAfter(long lastId, int limit) {
        return em.createQuery("select d.id from Delivery d where d.id > :last and d.status in :inFlight order by d.id", Long.class)
                .setParameter("last", lastId)
                .setParameter("inFlight", IN_FLIGHT)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Ids of an app's deliveries the retention job may remove, after a cursor: queued before the
     * cutoff and finished, or queued so long ago that no lifetime can still cover them.
     */
    public List<Long> retiredIdsAfter(long appId, long lastId, Instant cutoff, Instant beyondAnyLifetime, int limit) {
        return em.createQuery("select d.id from Delivery d where d.app.id = :app and d.id > :last and d.queuedAt < :cutoff"
                        + " and (d.status not in :inFlight or d.queuedAt < :beyond) order by d.id", Long.class)
                .setParameter("app", appId)
                .setParameter("last", lastId)
                .setParameter("cutoff", cutoff)
                .setParameter("inFlight", IN_FLIGHT)
                .setParameter("beyond", beyondAnyLifetime)
                .setMaxResults(limit)
                .getResultList();
    }

    public void deleteAll(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from Delivery d where d.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * {@link Delivery#markSent} for those of the given deliveries that are still queued, each at its
     * own time, in one JDBC batch by primary key that reads no rows: most of a batch goes out, and a
     * delivery that a receipt moved on in the meantime is left as the receipt put it.
     * @return how many were marked
     */
    public int markSent(Map<Long, Instant> sentAt) {
        return updateEach(MARK_SENT, sentAt.keySet(), "sent",
                id -> new Object[] {DeliveryStatus.SENT.name(), sentAt.get(id).atOffset(ZoneOffset.UTC), id, DeliveryStatus.QUEUED.name()});
    }

    /**
     * {@link #markSent(Map)} for deliveries sent at the same time: one statement for all of them,
     * which takes their rows in id order as the batch does (H2 walks a list of keys sorted, and
     * PostgreSQL's index scan sorts it). A vendor's batch of a hundred is mostly this.
     * @return how many were marked
     */
    public int markSent(Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(MARK_ALL_SENT)) {
            update.setString(1, DeliveryStatus.SENT.name());
            update.setObject(2, at.atOffset(ZoneOffset.UTC));
            update.setArray(3, connection.createArrayOf("bigint", ids.stream().sorted().distinct().toArray()));
            update.setString(4, DeliveryStatus.QUEUED.name());
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not mark " + ids.size() + " deliveries sent", e);
        }
    }

    /** The deliveries of a batch whose outcome is being recorded, locked (in id order) until the transaction ends. */
    public List<Delivery> lockBatch(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Delivery d where d.id in :ids order by d.id", Delivery.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The deliveries of one batch of the housekeeping jobs, with their messages, in one query. */
    public List<Delivery> findBatch(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Delivery d join fetch d.message where d.id in :ids order by d.id", Delivery.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
