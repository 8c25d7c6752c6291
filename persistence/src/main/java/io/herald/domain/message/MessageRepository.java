package io.herald.domain.message;

import io.herald.domain.app.App;
import io.herald.domain.push.PushKind;
import io.herald.domain.push.PushTask;
import io.herald.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

@ApplicationScoped
public class MessageRepository {

    private static final String SELECT_REPEAT = "SELECT msg_key, created_at FROM " + SchemaMigrations.SCHEMA + ".message"
            + " WHERE app_id = ? AND sender = ? AND recipient = ? AND random_no = ? AND created_at >= ? AND created_at < ?"
            + " ORDER BY id FETCH FIRST 1 ROWS ONLY";

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** The persistence unit's data source: within a transaction it hands out the connection the entity manager uses. */
    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    private DataSource dataSource;

    public boolean existsWithKey(App app, String msgKey) {
        return !em.createQuery("select m.id from Message m where m.app = :app and m.msgKey = :key", Long.class)
                .setParameter("app", app).setParameter("key", msgKey).setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<Message> find(long id) {
        return Optional.ofNullable(em.find(Message.class, id));
    }

    public Message store(Message message) {
        em.persist(message);
        return message;
    }

    /** The one-to-one message with this key in this conversation, if any. */
    public Optional<Message> findDirect(App app, String sender, String recipient, String msgKey) {
        return em.createQuery("select m from Message m where m.app = :app and m.msgKey = :key and m.sender = :sender and m.recipient = :recipient", Message.class)
                .setParameter("app", app)
                .setParameter("key", msgKey)
                .setParameter("sender", sender)
                .setParameter("recipient", recipient)
                .getResultStream().findFirst();
    }

    /** The message a push task of one of these kinds sent this target under this key, if any. */
    public Optional<Message> findPushed(App app, String msgKey, String recipient, Set<PushKind> kinds) {
        return em.createQuery("select m from Message m join m.task t where m.app = :app and m.msgKey = :key and m.recipient = :recipient"
                        + " and t.kind in :kinds order by m.id desc", Message.class)
                .setParameter("app", app)
                .setParameter("key", msgKey)
                .setParameter("recipient", recipient)
                .setParameter("kinds", kinds)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<Message> findByTask(PushTask task) {
        return em.createQuery("select m from Message m where m.task = :task", Message.class)
                .setParameter("task", task)
                .getResultList();
    }

    /** What a retry is answered with: the key and time of the message it repeats. */
    public record StoredKey(String msgKey, Instant createdAt) {
    }

    /**
     * A message the same sender already sent the same recipient with the same random number within
     * [from, to). Every sendmsg asks, so this is plain JDBC over the conversation index, prepared once
     * per connection by the pool: Hibernate's work for the query cost more than the lookup.
     */
    public Optional<StoredKey> findRepeat(App app, DirectAddress address, Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_REPEAT)) {
            select.setLong(1, app.id());
            select.setString(2, address.sender());
            select.setString(3, address.recipient());
            select.setLong(4, address.random());
            select.setObject(5, from.atOffset(ZoneOffset.UTC));
            select.setObject(6, to.atOffset(ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredKey(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not look for a repeat of a message to " + address.recipient(), e);
        }
    }

    /**
     * A conversation as {@code owner} sees it, newest first, within [from, to): what the peer sent
     * the owner, and what the owner sent the peer unless it was kept out of the owner's history.
     * {@code after}, if given, is the last message of the previous page; the page continues below it.
     */
    public List<Message> conversation(App app, String owner, String peer, Instant from, Instant to, Message after, int limit) {
        String continuation = after == null ? "" : " and (m.createdAt < :afterTime or (m.createdAt = :afterTime and m.id < :afterId))";
        var query = em.createQuery("select m from Message m where m.app = :app and m.createdAt >= :from and m.createdAt < :to"
                        + " and ((m.sender = :owner and m.recipient = :peer and m.inSenderHistory = true) or (m.sender = :peer and m.recipient = :owner))"
                        + continuation + " order by m.createdAt desc, m.id desc", Message.class)
                .setParameter("app", app)
                .setParameter("owner", owner)
                .setParameter("peer", peer)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("afterTime", after.createdAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }

    /**
     * Removes up to {@code limit} of an app's messages made before the cutoff that no delivery
     * refers to any more (roaming history included: it is kept as long as the retention says).
     * @return how many were removed
     */
    public int deleteUnreferencedBefore(long appId, Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("select m.id from Message m where m.app.id = :app and m.createdAt < :cutoff"
                        + " and not exists (select d.id from Delivery d where d.message = m) order by m.id", Long.class)
                .setParameter("app", appId)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from Message m where m.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    /**
     * The app's messages of pushes of this kind made since then, not withdrawn and kept for offline
     * pull, with their tasks. Every connecting device asks, so the query starts from the app's recent
     * tasks (a push's task is made at the same instant as its message): started from the messages, it
     * read every message of the app, one-to-one messages included.
     */
    public List<Message> storedForPull(long appId, PushKind kind, Instant since) {
        return em.createQuery("select m from Message m join fetch m.task where m.task.app.id = :app and m.task.kind = :kind and m.task.createdAt >= :since"
                        + " and m.createdAt >= :since and m.lifetimeSeconds > 0 and m.withdrawnAt is null order by m.id", Message.class)
                .setParameter("app", appId)
                .setParameter("kind", kind)
                .setParameter("since", since)
                .getResultList();
    }
}
