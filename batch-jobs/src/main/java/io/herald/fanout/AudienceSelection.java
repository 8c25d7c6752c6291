package io.herald.fanout;

import io.herald.push.AudienceFanOut;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 1: selects the push's audience and freezes it (done once; a restart finds it done). */
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
        return "SELECTED " + fanOut.select(Long.parseLong(taskRowId));
    }
}
