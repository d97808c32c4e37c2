package io.gifticon.settlement.repository;

import io.gifticon.settlement.DiscrepancyEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Discrepancies; callers hold the session (and the transaction where they change one). */
@ApplicationScoped
public class DiscrepancyRepository implements PanacheRepository<DiscrepancyEntity> {

    /** Whether one of this kind and reference is known already (open or resolved). */
    public Uni<Boolean> exists(String kind, String reference) {
        return count("kind = ?1 and reference = ?2", kind, reference).map(n -> n > 0);
    }

    /**
     * Newest first, at most {@code limit}; {@code status} and {@code provider} narrow the list when not null. The
     * filter is made of fixed conditions, every value a bound parameter.
     */
    public Uni<List<DiscrepancyEntity>> newestFirst(String status, String provider, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (provider != null) {
            conditions.add("provider = :provider");
            parameters.and("provider", provider);
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return find("from DiscrepancyEntity " + where + "order by openedAt desc, id desc", parameters)
                .page(0, limit)
                .list();
    }
}
