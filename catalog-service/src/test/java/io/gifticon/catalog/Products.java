package io.gifticon.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Instant;
import java.util.UUID;

/** Catalog products for tests, stored directly (no sync); unique goods codes so that tests do not collide. */
public final class Products {

    private Products() {}

    public static ProductEntity store(ProductEntity p) throws Throwable {
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s.merge(p))));
        return p;
    }

    public static ProductEntity product(
            String provider,
            String code,
            String name,
            String brand,
            String category,
            long price,
            long cost,
            Integer listingRank,
            String keywords) {
        ProductEntity p = new ProductEntity();
        p.goodsCode = code + "-" + UUID.randomUUID().toString().substring(0, 8);
        p.id = provider + ":" + p.goodsCode;
        p.provider = provider;
        p.name = name;
        p.brandName = brand;
        p.category = category;
        p.consumerPrice = price;
        p.costPrice = cost;
        p.status = "ON_SALE";
        p.validDays = 30;
        p.listingRank = listingRank;
        p.searchKeywords = keywords;
        p.updatedAt = Instant.now();
        return p;
    }

    /** A product of its own category, to search within. */
    public static ProductEntity inCategory(String category, String name, String brand, String keywords)
            throws Throwable {
        return store(product("giftishow", "P", name, brand, category, 5000, 4700, null, keywords));
    }
}
