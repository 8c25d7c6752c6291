package io.herald.fanout;

import io.herald.push.AudienceFanOut;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step 1: selects the push's audience and freezes it (done once; a restart finds it done), then
 * reaches those of it connected now, ahead of the chunks.
 */
@Named
@Dependent
public class AudienceSelection extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String taskRowId;

    @Inject
    AudienceFanOut fanOut;

    @Override
    public String process() {
        long task = Long.parseLong(taskRowId);
        long selected = fanOut.select(task);
        return "SELECTED " + selected + ", CONNECTED " + fanOut.deliverToConnected(task);
    }
}
