package io.herald.domain.push;

import io.herald.domain.delivery.TargetKind;
import io.herald.persistence.Databases;
import io.herald.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
/** What audience pushes keep besides their task: the frozen audience and the claims of its fan-out. */
public class AudienceRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** The persistence unit's data source: within a transaction it hands out the connection the entity manager uses. */
    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    private DataSource dataSource;

    /**
     * Claims are written one row per target, each checked against the primary key by the insert
     * itself, never looked up by a query: a fan-out fills this table far faster than the database's
     * statistics follow, and PostgreSQL kept the plan it made while the table was small (a scan of it)
     * for every later claim on that connection. There, {@code ON CONFLICT DO NOTHING} leaves the check
     * to the key's index and waits for a claim of the same target not yet committed; elsewhere the
     * standard MERGE does the same.
     */
    private static final String CLAIM_ON_POSTGRESQL = "INSERT INTO " + SchemaMigrations.SCHEMA + ".fanout_claim (target, push_task_id, target_kind)"
            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String CLAIM_STANDARD = "MERGE INTO " + SchemaMigrations.SCHEMA + ".fanout_claim c"
            + " USING (VALUES (CAST(? AS VARCHAR(512)), CAST(? AS BIGINT), CAST(? AS VARCHAR(8)))) AS v (target, push_task_id, target_kind)"
            + " ON c.target = v.target AND c.push_task_id = v.push_task_id AND c.target_kind = v.target_kind"
            + " WHEN NOT MATCHED THEN INSERT (target, push_task_id, target_kind) VALUES (v.target, v.push_task_id, v.target_kind)";

    /**
     * Claims the targets for the task. @return those claimed by this call, in their order; the
     * others were claimed before. A claim of the same target by a transaction not yet committed is
     * waited for: PostgreSQL then yields to it, elsewhere this transaction fails.
     */
    public List<String> claim(PushTask task, TargetKind kind, List<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        int[] inserted;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(Databases.isPostgreSql(connection) ? CLAIM_ON_POSTGRESQL : CLAIM_STANDARD)) {
            for (String target : targets) {
                claim.setString(1, target);
                claim.setLong(2, task.id());
                claim.setString(3, kind.name());
                claim.addBatch();
            }
            inserted = claim.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not claim " + targets.size() + " targets of push task " + task.id(), e);
        }
        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] > 0) {
                claimed.add(targets.get(i));
            }
        }
        return claimed;
    }

    public void storeSnapshot(AudienceSnapshot snapshot) {
        em.persist(snapshot);
    }

    public Optional<AudienceSnapshot> snapshot(long taskRowId) {
        return Optional.ofNullable(em.find(AudienceSnapshot.class, taskRowId));
    }

    /**
     * Removes the claims and frozen audiences of an app's pushes made before the cutoff (their
     * messages expired long before): they keep nobody from a second delivery any more.
     * @return how many rows went
     */
    public int deleteBefore(long appId, java.time.Instant cutoff) {
        int claims = em.createQuery("delete from FanoutClaim c where c.taskId in (select t.id from PushTask t where t.app.id = :app and t.createdAt < :cutoff)")
                .setParameter("app", appId).setParameter("cutoff", cutoff).executeUpdate();
        int snapshots = em.createQuery("delete from AudienceSnapshot s where s.taskId in (select t.id from PushTask t where t.app.id = :app and t.createdAt < :cutoff)")
                .setParameter("app", appId).setParameter("cutoff", cutoff).executeUpdate();
        return claims + snapshots;
    }
}
