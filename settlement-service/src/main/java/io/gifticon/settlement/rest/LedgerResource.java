package io.gifticon.settlement.rest;

import io.gifticon.providers.spi.ProviderCapabilities;
import io.quarkus.hibernate.reactive.panache.Panache;
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

    public LedgerResource(ProviderCapabilities providers) {
        this.providers = providers;
    }

    public record LedgerView(String provider, long entries, long debits, long credits, long net) {}

    @GET
    public Uni<LedgerView> ledger(@QueryParam("provider") String provider) {
        String p = Inputs.provider("provider", provider, true, providers.providers());
        return Panache.withSession(() -> Panache.getSession()
                        .chain(s -> s.createSelectionQuery(
                                        "select count(e), "
                                                + "coalesce(sum(case when e.amount < 0 then -e.amount else 0 end), 0), "
                                                + "coalesce(sum(case when e.amount > 0 then e.amount else 0 end), 0) "
                                                + "from LedgerEntryEntity e where e.provider = :p",
                                        Object[].class)
                                .setParameter("p", p)
                                .getSingleResult()))
                .map(r -> {
                    long debits = ((Number) r[1]).longValue();
                    long credits = ((Number) r[2]).longValue();
                    return new LedgerView(p, ((Number) r[0]).longValue(), debits, credits, credits - debits);
                });
    }
}
