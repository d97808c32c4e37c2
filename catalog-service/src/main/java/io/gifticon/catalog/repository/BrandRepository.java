package io.gifticon.catalog.repository;

import io.gifticon.catalog.BrandEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Brands of the merged catalog. */
@ApplicationScoped
@WithSession
public class BrandRepository implements PanacheRepositoryBase<BrandEntity, String> {

    public Uni<List<BrandEntity>> of(String provider) {
        Sort sort = Sort.by("name").and("id");
        return provider == null ? listAll(sort) : list("provider", sort, provider);
    }

    /** The stored brands among {@code ids}, by id (managed: changes are written when the transaction commits). */
    public Uni<Map<String, BrandEntity>> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("id in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(b -> b.id, Function.identity())));
    }

    /** Which of {@code ids} are stored, without loading the brands. */
    public Uni<Set<String>> knownIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select id from BrandEntity where id in :ids", String.class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(Set::copyOf);
    }
}
