package io.herald.fanout;

import io.herald.push.AudienceFanOut;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 3: the whole audience has been gone through; the push is done. */
@Named
@Dependent
public class FanOutFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String taskRowId;

    @Inject
    AudienceFanOut fanOut;

    @Override
    public String process() {
        fanOut.finish(Long.parseLong(taskRowId));
        return "FINISHED";
    }
}
