package io.herald.fanout;

import io.herald.audience.AudienceIndex;
import io.herald.push.AudienceFanOut;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.roaringbitmap.RoaringBitmap;

/**
 * Splits the frozen audience into ranges of account (or device) ids holding equal shares of it, one
 * partition each, so that several chunks are written at once: a chunk spends most of its time
 * waiting on the database. A small audience gets no more partitions than it has chunks. The ranges
 * follow from the frozen audience and the job's parameters alone, so a restarted execution finds
 * the same ones and each partition resumes from its own checkpoint.
 */
@Named
@Dependent
public class AudiencePartitions implements PartitionMapper {

    static final String FROM_ID = "fromId";
    static final String TO_ID = "toId";

    @Inject
    @BatchProperty
    String taskRowId;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    @BatchProperty
    String chunkSize;

    @Inject
    AudienceFanOut fanOut;

    @Override
    public PartitionPlan mapPartitions() {
        RoaringBitmap audience = AudienceIndex.deserialize(fanOut.snapshot(Long.parseLong(taskRowId)));
        long size = audience.getLongCardinality();
        long chunks = Math.max(1, (size + Integer.parseInt(chunkSize) - 1) / Integer.parseInt(chunkSize));
        int count = (int) Math.min(Integer.parseInt(partitions), chunks);
        Properties[] ranges = new Properties[count];
        for (int i = 0; i < count; i++) {
            ranges[i] = new Properties();
            ranges[i].setProperty(FROM_ID, String.valueOf(i == 0 ? 0 : firstIdAtRank(audience, size * i / count)));
            ranges[i].setProperty(TO_ID, String.valueOf(i == count - 1 ? Long.MAX_VALUE : firstIdAtRank(audience, size * (i + 1) / count)));
        }
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(ranges);
        return plan;
    }

    private static long firstIdAtRank(RoaringBitmap audience, long rank) {
        return Integer.toUnsignedLong(audience.select((int) rank));
    }
}
