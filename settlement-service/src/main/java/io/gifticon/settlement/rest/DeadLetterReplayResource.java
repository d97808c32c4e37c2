package io.gifticon.settlement.rest;

import io.gifticon.settlement.service.DeadLetterReplay;
import io.gifticon.settlement.service.DeadLetterReplay.ReplaySummary;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Replays the coupon-events dead-letter topic into the ledger (an operator's call, after fixing the cause). */
@Path("/api/v1/settlement/dlq-replays")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterReplayResource {
    private final DeadLetterReplay replay;

    public DeadLetterReplayResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @POST
    public Uni<ReplaySummary> replay() {
        return replay.replay();
    }
}
