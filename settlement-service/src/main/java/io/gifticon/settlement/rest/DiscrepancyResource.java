package io.gifticon.settlement.rest;

import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.settlement.DiscrepancyEntity;
import io.gifticon.settlement.service.Discrepancies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Discrepancies, newest first, optionally by status; resolution with a note. */
@Path("/api/v1/settlement/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
public class DiscrepancyResource {
    private final ProviderCapabilities providers;
    private final Discrepancies discrepancies;

    public DiscrepancyResource(ProviderCapabilities providers, Discrepancies discrepancies) {
        this.providers = providers;
        this.discrepancies = discrepancies;
    }

    public record DiscrepancyView(
            long id,
            String provider,
            String kind,
            String reference,
            Long amount,
            String detail,
            String status,
            Instant openedAt,
            Instant resolvedAt,
            String resolutionNote) {
        static DiscrepancyView of(DiscrepancyEntity d) {
            return new DiscrepancyView(
                    d.id,
                    d.provider,
                    d.kind,
                    d.reference,
                    d.amount,
                    d.detail,
                    d.status.toLowerCase(Locale.ROOT),
                    d.openedAt,
                    d.resolvedAt,
                    d.resolutionNote);
        }
    }

    /** Body of a resolution: what was found and done, for the record (1–500 characters). */
    public record ResolveRequest(String note) {}

    /** Closes an open discrepancy with a note (an operator's call; the gateway restricts it to admin keys). */
    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DiscrepancyView> resolve(@PathParam("id") String id, ResolveRequest body) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Inputs.invalid("id must be a number");
        }
        String note = Inputs.required("note", body == null ? null : body.note());
        if (note.length() > 500) {
            throw Inputs.invalid("note must be at most 500 characters");
        }
        return discrepancies.resolve(key, note).map(DiscrepancyView::of);
    }

    @GET
    public Uni<List<DiscrepancyView>> list(
            @QueryParam("status") String status, @QueryParam("provider") String provider) {
        String wanted =
                status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !wanted.equals("OPEN") && !wanted.equals("RESOLVED")) {
            throw Inputs.invalid("status must be open or resolved, was '" + Inputs.shorten(status) + "'");
        }
        String p = Inputs.provider("provider", provider, false, providers.providers());
        return discrepancies
                .list(wanted, p)
                .map(list -> list.stream().map(DiscrepancyView::of).toList());
    }
}
