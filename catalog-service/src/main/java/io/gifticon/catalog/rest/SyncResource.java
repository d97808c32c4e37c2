package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.SyncRunRepository;
import io.gifticon.catalog.service.CatalogSyncService;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Catalog sync runs: start one on demand, follow its progress, list the history. */
@Path("/api/v1/catalog/syncs")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {
    private final CatalogSyncService syncs;
    private final SyncRunRepository runs;
    private final Clock clock;

    public SyncResource(CatalogSyncService syncs, SyncRunRepository runs, Clock clock) {
        this.clock = clock;
        this.syncs = syncs;
        this.runs = runs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> start(@Valid SyncRequest request) {
        String provider = request == null ? null : request.providerOrAll();
        return syncs.start("MANUAL", provider, null)
                .map(id -> Response.accepted(new SyncStarted(id))
                        .location(java.net.URI.create("/api/v1/catalog/syncs/" + id))
                        .build());
    }

    @GET
    @Path("/{syncId}")
    public Uni<SyncView> get(@PathParam("syncId") String syncId) {
        UUID id;
        try {
            id = UUID.fromString(syncId);
        } catch (IllegalArgumentException e) {
            throw notFound(syncId);
        }
        return runs.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> notFound(syncId))
                .chain(run -> runs.providersOf(List.of(run.id)).map(rows -> SyncView.of(run, rows, clock.instant())));
    }

    @GET
    public Uni<List<SyncView>> history(@Valid @BeanParam SyncHistoryQuery query) {
        int limit = query.limitOrDefault();
        return runs.newest(limit)
                .chain(list -> runs.providersOf(list.stream().map(r -> r.id).toList())
                        .map(rows -> {
                            Instant now = clock.instant();
                            return list.stream()
                                    .map(r -> SyncView.of(r, rows, now))
                                    .toList();
                        }));
    }

    private static DomainException notFound(String syncId) {
        return new DomainException(ErrorCode.SYNC_NOT_FOUND, "No sync run " + syncId);
    }
}
