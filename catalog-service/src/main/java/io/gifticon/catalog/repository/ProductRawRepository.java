package io.gifticon.catalog.repository;

import io.gifticon.catalog.ProductRawEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The providers' raw records of products, kept for audit. */
@ApplicationScoped
@WithSession
public class ProductRawRepository implements PanacheRepositoryBase<ProductRawEntity, String> {

    /** The stored raw records of these products, by product id (managed). */
    public Uni<Map<String, ProductRawEntity>> byProductIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("productId in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(r -> r.productId, Function.identity())));
    }
}
