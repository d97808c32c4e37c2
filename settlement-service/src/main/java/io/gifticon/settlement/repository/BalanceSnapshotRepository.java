package io.gifticon.settlement.repository;

import io.gifticon.settlement.BalanceSnapshotEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Balance snapshots; the latest per provider is the current view. */
@ApplicationScoped
@WithSession
public class BalanceSnapshotRepository implements PanacheRepository<BalanceSnapshotEntity> {

    public Uni<List<BalanceSnapshotEntity>> latestPerProvider() {
        return find("from BalanceSnapshotEntity b where b.observedAt = (select max(s.observedAt) "
                        + "from BalanceSnapshotEntity s where s.provider = b.provider) order by b.provider")
                .list();
    }

    /** The provider's newest snapshot (the next reconciliation's baseline), null when it has none. */
    public Uni<BalanceSnapshotEntity> latest(String provider) {
        return find("provider = ?1 order by observedAt desc, id desc", provider).firstResult();
    }
}
