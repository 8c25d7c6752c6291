package io.herald.web.admin;

import io.herald.dispatch.DeadLetters;
import io.herald.dispatch.UnknownChannelException;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /admin/v1/channels/{channel}/dead-letters/redrive}: puts what the channel's
 * dead-letter queue holds back on its queue, the given-up deliveries queued again (at most 500
 * batches a call; call again while {@code batches} is 500).
 */
@Path("admin/v1/channels/{channel}/dead-letters")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @POST
    @Path("redrive")
    public DeadLetters.Redriven redrive(@PathParam("channel") String channel) {
        try {
            return deadLetters.redrive(channel);
        } catch (UnknownChannelException e) {
            throw AdminError.NOT_FOUND.exception(e.getMessage());
        }
    }
}
