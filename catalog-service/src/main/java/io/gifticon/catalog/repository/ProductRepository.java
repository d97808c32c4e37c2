package io.gifticon.catalog.repository;

import io.gifticon.catalog.ProductEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Products of the merged catalog. */
@ApplicationScoped
@WithSession
public class ProductRepository implements PanacheRepositoryBase<ProductEntity, String> {

    public Uni<List<ProductEntity>> page(int page, int size) {
        return findAll(Sort.by("id")).page(page, size).list();
    }

    /** The stored products among {@code ids}, by id (managed: changes are written when the transaction commits). */
    public Uni<Map<String, ProductEntity>> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("id in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(p -> p.id, Function.identity())));
    }

    /** Ids of the provider's products that are not discontinued. */
    public Uni<List<String>> notDiscontinuedIdsOf(String provider) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select id from ProductEntity where provider = :p and status <> :d", String.class)
                        .setParameter("p", provider)
                        .setParameter("d", ProductEntity.DISCONTINUED)
                        .getResultList());
    }
}
