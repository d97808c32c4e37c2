package io.gifticon.settlement.rest;

import io.gifticon.settlement.service.StatusSweepService;
import io.gifticon.settlement.service.StatusSweepService.SweepSummary;
import io.smallrye.mutiny.Uni;
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
    public record SweepRequest(String provider, Integer limit) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SweepSummary> sweep(SweepRequest body) {
        String provider =
                body == null || body.provider() == null || body.provider().isBlank()
                        ? StatusSweepService.PROVIDER
                        : body.provider().strip();
        if (!StatusSweepService.PROVIDER.equals(provider)) {
            throw Inputs.invalid(
                    "the status sweep is for giftishow (a provider without an exchange log), not " + provider);
        }
        Integer limit = body == null ? null : body.limit();
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw Inputs.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        return sweeps.sweepNow(limit == null ? sweeps.defaultBatch() : limit);
    }
}
