package io.gifticon.settlement.rest;

import io.gifticon.settlement.service.StatusSweepService;
import io.gifticon.settlement.service.StatusSweepService.SweepSummary;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Runs the Giftishow status sweep now (the scheduled job does the same); answers what it found. */
@Path("/api/v1/settlement/status-sweeps")
@Produces(MediaType.APPLICATION_JSON)
public class StatusSweepResource {
    static final int MAX_LIMIT = 10_000;
    private final StatusSweepService sweeps;

    public StatusSweepResource(StatusSweepService sweeps) {
        this.sweeps = sweeps;
    }

    /** {@code provider} defaults to giftishow (the one provider without an exchange log); {@code limit} 1–10000. */
    public record SweepRequest(
            @Pattern(
                    regexp = "\\s*(" + StatusSweepService.PROVIDER + ")?\\s*",
                    message = "must be " + StatusSweepService.PROVIDER
                            + ": the status sweep is for the provider without an exchange log")
            String provider,

            @Min(1) @Max(MAX_LIMIT) Integer limit) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SweepSummary> sweep(@Valid SweepRequest body) {
        Integer limit = body == null ? null : body.limit();
        return sweeps.sweepNow(limit == null ? sweeps.defaultBatch() : limit);
    }
}
