package io.gifticon.catalog.repository;

import io.gifticon.catalog.ProductEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Products of the merged catalog. */
@ApplicationScoped
@WithSession
public class ProductRepository implements PanacheRepositoryBase<ProductEntity, String> {

    public Uni<List<ProductEntity>> page(int page, int size) {
        return findAll(Sort.by("id")).page(page, size).list();
    }

    /** One page of matching products and the total of matches. */
    public Uni<Result> search(ProductSearch s) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (s.q() != null) {
            // search_text = lower(name brand keywords), GIN trigram index (V2): partial Korean words match
            where.add("searchText like :q escape '\\'");
            params.and("q", "%" + escapeLike(s.q().toLowerCase()) + "%");
        }
        if (s.brand() != null) {
            where.add("(brandId = :brand or brandName = :brand)");
            params.and("brand", s.brand());
        }
        if (s.category() != null) {
            where.add("category = :category");
            params.and("category", s.category());
        }
        if (s.provider() != null) {
            where.add("provider = :provider");
            params.and("provider", s.provider());
        }
        if (s.minPrice() != null) {
            where.add("consumerPrice >= :minPrice");
            params.and("minPrice", s.minPrice());
        }
        if (s.maxPrice() != null) {
            where.add("consumerPrice <= :maxPrice");
            params.and("maxPrice", s.maxPrice());
        }
        if (s.status() != null) {
            where.add("status = :status");
            params.and("status", s.status());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = find(query, sort(s.sort()), params);
        return found.page(s.page(), s.size()).list().chain(items -> found.count().map(total -> new Result(items, total)));
    }

    static Sort sort(String sort) {
        String field = sort == null ? "name" : sort.startsWith("-") ? sort.substring(1) : sort;
        Sort.Direction direction = sort != null && sort.startsWith("-") ? Sort.Direction.Descending
                : Sort.Direction.Ascending;
        String column = switch (field) {
            case "price" -> "consumerPrice";
            case "popularity" -> "popularity";
            default -> "name";
        };
        return Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST).and("id");
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A page of products with the total. */
    public record Result(List<ProductEntity> items, long total) {
    }
}
