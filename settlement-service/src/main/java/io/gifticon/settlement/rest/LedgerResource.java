package io.gifticon.settlement.rest;

import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.settlement.repository.LedgerEntryRepository;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The expected-cost ledger of one provider: what issues debited and cancels credited, in won. */
@Path("/api/v1/settlement/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private final ProviderCapabilities providers;
    private final LedgerEntryRepository entries;

    public LedgerResource(ProviderCapabilities providers, LedgerEntryRepository entries) {
        this.providers = providers;
        this.entries = entries;
    }

    public record LedgerView(String provider, long entries, long debits, long credits, long net) {}

    @GET
    public Uni<LedgerView> ledger(@QueryParam("provider") String provider) {
        String p = Inputs.provider("provider", provider, true, providers.providers());
        return entries.totals(p)
                .map(t -> new LedgerView(p, t.entries(), t.debits(), t.credits(), t.credits() - t.debits()));
    }
}
