package io.gifticon.catalog.repository;

import io.gifticon.catalog.BrandEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Brands of the merged catalog. */
@ApplicationScoped
@WithSession
public class BrandRepository implements PanacheRepositoryBase<BrandEntity, String> {

    public Uni<List<BrandEntity>> of(String provider) {
        Sort sort = Sort.by("name").and("id");
        return provider == null ? listAll(sort) : list("provider", sort, provider);
    }
}
