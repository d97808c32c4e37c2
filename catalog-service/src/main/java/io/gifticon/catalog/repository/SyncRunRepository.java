package io.gifticon.catalog.repository;

import io.gifticon.catalog.SyncProviderEntity;
import io.gifticon.catalog.SyncRunEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Sync runs, newest first, with their per-provider rows. */
@ApplicationScoped
@WithSession
public class SyncRunRepository implements PanacheRepositoryBase<SyncRunEntity, UUID> {

    public Uni<List<SyncRunEntity>> newest(int limit) {
        return findAll(Sort.descending("startedAt")).page(0, limit).list();
    }

    /** The provider rows of these runs, by provider. */
    public Uni<List<SyncProviderEntity>> providersOf(List<UUID> runIds) {
        if (runIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession()
                .chain(s -> s.createSelectionQuery(
                                "from SyncProviderEntity where runId in :ids order by provider",
                                SyncProviderEntity.class)
                        .setParameter("ids", runIds)
                        .getResultList());
    }

    /** One provider's row of a run (managed), or null. */
    public Uni<SyncProviderEntity> providerOf(UUID runId, String provider) {
        return getSession().chain(s -> s.find(SyncProviderEntity.class, new SyncProviderEntity.Key(runId, provider)));
    }
}
