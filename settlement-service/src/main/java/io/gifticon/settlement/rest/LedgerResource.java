package io.gifticon.settlement.rest;

import io.gifticon.settlement.repository.LedgerEntryRepository;
import io.gifticon.settlement.rest.validation.KnownProvider;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The expected-cost ledger of one provider: what issues debited and cancels credited, in won. */
@Path("/api/v1/settlement/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private final LedgerEntryRepository entries;

    public LedgerResource(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    public record LedgerView(String provider, long entries, long debits, long credits, long net) {}

    /** {@code provider}: a known provider, required. */
    public record LedgerQuery(
            @QueryParam("provider") @NotBlank @KnownProvider String provider) {}

    @GET
    public Uni<LedgerView> ledger(@Valid @BeanParam LedgerQuery query) {
        String p = query.provider().strip();
        return entries.totals(p)
                .map(t -> new LedgerView(p, t.entries(), t.debits(), t.credits(), t.credits() - t.debits()));
    }
}
