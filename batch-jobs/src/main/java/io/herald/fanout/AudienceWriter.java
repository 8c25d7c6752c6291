package io.herald.fanout;

import io.herald.push.AudienceFanOut;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Delivers to one chunk of account ids, in the chunk's transaction together with its checkpoint. */
@Named
@Dependent
public class AudienceWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String taskRowId;

    @Inject
    AudienceFanOut fanOut;

    @Override
    public void writeItems(List<Object> items) {
        fanOut.deliver(Long.parseLong(taskRowId), items.stream().map(Long.class::cast).toList());
    }
}
