package io.gifticon.catalog.repository;

import io.gifticon.catalog.ProductEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Products of the merged catalog. */
@ApplicationScoped
@WithSession
public class ProductRepository implements PanacheRepositoryBase<ProductEntity, String> {

    public Uni<List<ProductEntity>> page(int page, int size) {
        return findAll(Sort.by("id")).page(page, size).list();
    }
}
