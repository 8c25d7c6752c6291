package io.herald.audience;

import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.infinispan.Cache;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/**
 * One compressed bitmap of account ids per app for every account, per tag and per attribute value,
 * kept serialized in the {@code audience-index} cache (shared by a cluster's nodes) with the
 * database as the source of truth: a missing bitmap is rebuilt from it, and every change to a tag
 * or attribute drops the bitmaps it touches. Selection is set algebra over these bitmaps.
 */
@ApplicationScoped
public class AudienceIndex {

    @Resource(lookup = "java:jboss/infinispan/cache/herald/audience-index")
    Cache<String, byte[]> bitmaps;

    @Inject
    AccountRepository accounts;

    /** The ids of the accounts the condition selects. */
    public RoaringBitmap select(App app, AudienceCondition condition) {
        RoaringBitmap selected = bitmap(everyoneKey(app.id()), () -> accounts.ids(app));
        if (!condition.tagsAnd().isEmpty()) {
            condition.tagsAnd().forEach(tag -> selected.and(tagged(app, tag)));
        }
        if (!condition.tagsOr().isEmpty()) {
            RoaringBitmap any = new RoaringBitmap();
            condition.tagsOr().forEach(tag -> any.or(tagged(app, tag)));
            selected.and(any);
        }
        if (!condition.attrsAnd().isEmpty()) {
            condition.attrsAnd().forEach((name, value) -> selected.and(withAttribute(app, name, value)));
        }
        if (!condition.attrsOr().isEmpty()) {
            RoaringBitmap any = new RoaringBitmap();
            condition.attrsOr().forEach((name, value) -> any.or(withAttribute(app, name, value)));
            selected.and(any);
        }
        return selected;
    }

    /** Drops the bitmaps a change touched; they are rebuilt from the database when next needed. */
    public void forget(AudienceChanged change) {
        if (change.accounts()) {
            bitmaps.remove(everyoneKey(change.appId()));
        }
        change.tags().forEach(tag -> bitmaps.remove(tagKey(change.appId(), tag)));
        change.attributeValues().forEach((name, values) -> values.forEach(value -> bitmaps.remove(attributeKey(change.appId(), name, value))));
    }

    void forgetOnceCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AudienceChanged change) {
        forget(change);
    }

    /** Whether a serialized selection holds this account, without deserializing it. */
    public static boolean holds(byte[] snapshot, long accountId) {
        return new ImmutableRoaringBitmap(ByteBuffer.wrap(snapshot)).contains((int) accountId);
    }

    /** A push's frozen audience, from the cache or else from the database. */
    public Optional<byte[]> snapshot(long taskRowId, Supplier<Optional<byte[]>> stored) {
        String key = "snapshot|" + taskRowId;
        byte[] cached = bitmaps.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> loaded = stored.get();
        loaded.ifPresent(bytes -> bitmaps.put(key, bytes));
        return loaded;
    }

    public static byte[] serialize(RoaringBitmap bitmap) {
        bitmap.runOptimize();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(bitmap.serializedSizeInBytes());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bitmap.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static RoaringBitmap deserialize(byte[] snapshot) {
        return new ImmutableRoaringBitmap(ByteBuffer.wrap(snapshot)).toRoaringBitmap();
    }

    private RoaringBitmap tagged(App app, String tag) {
        return bitmap(tagKey(app.id(), tag), () -> accounts.idsTagged(app, tag));
    }

    private RoaringBitmap withAttribute(App app, String name, String value) {
        return bitmap(attributeKey(app.id(), name, value), () -> accounts.idsWithAttribute(app, name, value));
    }

    private RoaringBitmap bitmap(String key, Supplier<List<Long>> ids) {
        byte[] cached = bitmaps.get(key);
        if (cached != null) {
            return deserialize(cached);
        }
        RoaringBitmap built = new RoaringBitmap();
        ids.get().forEach(id -> built.add((int) (long) id));
        bitmaps.put(key, serialize(built));
        return built;
    }

    private static String everyoneKey(long appId) {
        return appId + "|all";
    }

    private static String tagKey(long appId, String tag) {
        return appId + "|t|" + tag;
    }

    private static String attributeKey(long appId, String name, String value) {
        return appId + "|a|" + name + "=" + value;
    }
}
