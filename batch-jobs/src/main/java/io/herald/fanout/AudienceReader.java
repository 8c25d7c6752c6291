package io.herald.fanout;

import io.herald.audience.AudienceIndex;
import io.herald.push.AudienceFanOut;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Reads the frozen audience's account (or device) ids of one partition's range in order; the
 * checkpoint is the last id handed out.
 */
@Named
@Dependent
public class AudienceReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String taskRowId;

    @Inject
    @BatchProperty
    String fromId;

    @Inject
    @BatchProperty
    String toId;

    @Inject
    AudienceFanOut fanOut;

    private PeekableIntIterator ids;
    private long endId;
    private Long lastId;

    @Override
    public void open(Serializable checkpoint) {
        RoaringBitmap audience = AudienceIndex.deserialize(fanOut.snapshot(Long.parseLong(taskRowId)));
        ids = audience.getIntIterator();
        endId = Long.parseLong(toId);
        lastId = (Long) checkpoint;
        ids.advanceIfNeeded((int) (lastId == null ? Long.parseLong(fromId) : lastId + 1));
    }

    @Override
    public Object readItem() {
        if (!ids.hasNext() || Integer.toUnsignedLong(ids.peekNext()) >= endId) {
            return null;
        }
        lastId = Integer.toUnsignedLong(ids.next());
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
