package io.gifticon.catalog.repository;

import io.gifticon.catalog.ProductEntity;
import io.gifticon.catalog.config.CatalogSearchConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Product search in SQL on the reactive client: many short read-only queries, so no ORM session or entity loading;
 * rows map straight to {@link ProductEntity} (no raw record, it lives in product_raw).
 */
@ApplicationScoped
public class ProductSearchRepository {
    static final String COLUMNS = "id, provider, goods_code, name, brand_id, brand_name, category, consumer_price, "
            + "cost_price, status, valid_days, valid_until, image_url, search_keywords, listing_rank, popularity, "
            + "updated_at";

    private final Pool database;
    private final CatalogSearchConfig config;
    private final ProductSearchCache cache;

    public ProductSearchRepository(Pool database, CatalogSearchConfig config, ProductSearchCache cache) {
        this.database = database;
        this.config = config;
        this.cache = cache;
    }

    /**
     * One page of matching products and the total of matches, exact up to {@code catalog.search.exact-total-limit};
     * above it the total is that limit and not exact (counting every match of a broad term costs more than the page).
     * Answered from the {@link ProductSearchCache} when the same search ran within its TTL and no sync wrote since.
     */
    public Uni<Result> search(ProductSearch s) {
        ProductSearch key = normalized(s);
        return cache.get(key, () -> query(key));
    }

    /**
     * The cache key: searches that run the same SQL are equal (terms split, de-duplicated and re-joined with one
     * space; the default sort spelled out).
     */
    static ProductSearch normalized(ProductSearch s) {
        List<String> terms = terms(s.q());
        return new ProductSearch(
                terms.isEmpty() ? null : String.join(" ", terms),
                s.brand(),
                s.category(),
                s.provider(),
                s.minPrice(),
                s.maxPrice(),
                s.status(),
                s.page(),
                s.size(),
                s.sort() == null ? "name" : s.sort());
    }

    private Uni<Result> query(ProductSearch s) {
        List<Object> args = new ArrayList<>();
        String where = where(s, args);
        long before = (long) s.page() * s.size();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add((long) s.size());
        pageArgs.add(before);
        String pageSql = "select " + COLUMNS + " from product where " + where + " order by " + orderBy(s.sort())
                + " limit $" + (args.size() + 1) + " offset $" + (args.size() + 2);
        return database.preparedQuery(pageSql).execute(Tuple.from(pageArgs)).chain(rows -> {
            List<ProductEntity> items = new ArrayList<>();
            rows.forEach(row -> items.add(product(row)));
            if (items.size() < s.size() && (!items.isEmpty() || s.page() == 0)) {
                // the last page: the total is known without counting
                return Uni.createFrom().item(new Result(List.copyOf(items), before + items.size(), true));
            }
            int limit = config.exactTotalLimit();
            List<Object> countArgs = new ArrayList<>(args);
            countArgs.add(limit + 1L);
            // counted up to limit + 1: enough to tell whether there are more than the limit
            return database.preparedQuery("select count(*) from (select 1 from product where " + where + " limit $"
                            + (args.size() + 1) + ") m")
                    .execute(Tuple.from(countArgs))
                    .map(count -> count.iterator().next().getLong(0))
                    .map(n -> n > limit
                            ? new Result(List.copyOf(items), Math.max(limit, before + items.size()), false)
                            : new Result(List.copyOf(items), n, true));
        });
    }

    static ProductEntity product(Row row) {
        ProductEntity p = new ProductEntity();
        p.id = row.getString("id");
        p.provider = row.getString("provider");
        p.goodsCode = row.getString("goods_code");
        p.name = row.getString("name");
        p.brandId = row.getString("brand_id");
        p.brandName = row.getString("brand_name");
        p.category = row.getString("category");
        p.consumerPrice = row.getLong("consumer_price");
        p.costPrice = row.getLong("cost_price");
        p.status = row.getString("status");
        p.validDays = row.getInteger("valid_days");
        p.validUntil = row.getLocalDate("valid_until");
        p.imageUrl = row.getString("image_url");
        p.searchKeywords = row.getString("search_keywords");
        p.listingRank = row.getInteger("listing_rank");
        p.popularity = row.getLong("popularity");
        p.updatedAt = row.getOffsetDateTime("updated_at").toInstant();
        return p;
    }

    /**
     * The filters as SQL. Keyword terms (split at white space) must each occur in name, brand or search keywords:
     * the GIN index on {@code catalog_grams(search_text)} (V3) finds the candidates by their 1-/2-character pieces,
     * {@code like} checks each term as a substring.
     */
    static String where(ProductSearch s, List<Object> args) {
        List<String> where = new ArrayList<>();
        List<String> terms = terms(s.q());
        if (!terms.isEmpty()) {
            args.add(String.join(" ", terms));
            where.add("catalog_grams(search_text) @> catalog_query_grams(lower($" + args.size() + "))");
            for (int i = 0; i < terms.size(); i++) {
                // also for 1-2 character terms (where the pieces alone match exactly): a plan that walks a sort
                // index checks this cheap condition first and computes catalog_grams only for the rows that pass
                args.add("%" + escapeLike(terms.get(i)) + "%");
                where.add("search_text like lower($" + args.size() + ") escape '\\'");
            }
        }
        if (s.brand() != null) {
            args.add(s.brand());
            where.add("(brand_id = $" + args.size() + " or brand_name = $" + args.size() + ")");
        }
        if (s.category() != null) {
            args.add(s.category());
            where.add("category = $" + args.size());
        }
        if (s.provider() != null) {
            args.add(s.provider());
            where.add("provider = $" + args.size());
        }
        if (s.minPrice() != null) {
            args.add(s.minPrice());
            where.add("consumer_price >= $" + args.size());
        }
        if (s.maxPrice() != null) {
            args.add(s.maxPrice());
            where.add("consumer_price <= $" + args.size());
        }
        if (s.status() != null) {
            args.add(s.status());
            where.add("status = $" + args.size());
        }
        return where.isEmpty() ? "true" : String.join(" and ", where);
    }

    /** The distinct white-space separated terms of a query, in order. */
    static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return List.of(q.trim().split("\\s+")).stream().distinct().toList();
    }

    /**
     * The order of a sort, always ending with the id so that pages are stable; every direction matches an index
     * (V3). {@code popularity}: most issued coupons first, then the provider's listing order.
     */
    static String orderBy(String sort) {
        return switch (sort == null ? "name" : sort) {
            case "-name" -> "name desc, id desc";
            case "price" -> "consumer_price, id";
            case "-price" -> "consumer_price desc, id desc";
            case "popularity" -> "popularity desc, listing_rank asc nulls last, id";
            case "-popularity" -> "popularity asc, listing_rank desc nulls first, id desc";
            default -> "name, id";
        };
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * A page of products with the total; cached and shared by concurrent searches: read only, never change its
     * products.
     *
     * @param exact false when the total is only a lower bound (more matches than the exact-total limit)
     */
    public record Result(List<ProductEntity> items, long total, boolean exact) {}
}
