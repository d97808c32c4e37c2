package io.gifticon.settlement.rest;

import io.gifticon.settlement.repository.BalanceSnapshotRepository;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Prepaid balances per provider, as last observed. */
@Path("/api/v1/settlement/balances")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {
    private final BalanceSnapshotRepository snapshots;

    public BalanceResource(BalanceSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @GET
    public Uni<List<BalanceView>> balances() {
        return snapshots
                .latestPerProvider()
                .map(list -> list.stream().map(BalanceView::of).toList());
    }
}
