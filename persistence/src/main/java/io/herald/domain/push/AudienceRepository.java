package io.herald.domain.push;

import io.herald.domain.delivery.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
/** What audience pushes keep besides their task: the frozen audience and the claims of its fan-out. */
public class AudienceRepository {

    @PersistenceContext(unitName = "herald")
    private EntityManager em;

    /** Those of the targets already claimed for the task. */
    public Set<String> claimed(PushTask task, TargetKind kind, Collection<String> targets) {
        if (targets.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.target from FanoutClaim c where c.taskId = :task and c.targetKind = :kind and c.target in :targets", String.class)
                .setParameter("task", task.id())
                .setParameter("kind", kind)
                .setParameter("targets", targets)
                .getResultList());
    }

    /** Records the claim; a concurrent claim of the same key fails the transaction at flush. */
    public void claim(PushTask task, TargetKind kind, String target) {
        em.persist(new FanoutClaim(task, kind, target));
    }

    public void flush() {
        em.flush();
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
