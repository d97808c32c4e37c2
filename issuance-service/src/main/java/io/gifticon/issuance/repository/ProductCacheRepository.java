package io.gifticon.issuance.repository;

import io.gifticon.issuance.client.CatalogProduct;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The products this service knows, as of the latest catalog event (or catalog read) seen for each. Plain reactive
 * SQL: used from Kafka consumers and request paths alike, without a Hibernate session.
 */
@ApplicationScoped
public class ProductCacheRepository {
    private final Pool database;

    public ProductCacheRepository(Pool database) {
        this.database = database;
    }

    public Uni<CatalogProduct> find(String productId) {
        return database.preparedQuery("""
                select product_id, provider, name, brand_name, consumer_price, cost_price, status
                  from product_cache where product_id = $1""").execute(Tuple.of(productId)).map(rows -> {
            var it = rows.iterator();
            return it.hasNext() ? product(it.next()) : null;
        });
    }

    /**
     * Stores the product as of {@code asOf}, unless a newer state is stored already: a repeated or late event
     * changes nothing (the consumers' idempotency). True when the row was written.
     */
    public Uni<Boolean> upsert(CatalogProduct p, Instant asOf) {
        return database.preparedQuery("""
                insert into product_cache (product_id, provider, name, brand_name, consumer_price, cost_price, status,
                                           as_of, updated_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, now())
                on conflict (product_id) do update
                   set provider = excluded.provider, name = excluded.name, brand_name = excluded.brand_name,
                       consumer_price = excluded.consumer_price, cost_price = excluded.cost_price,
                       status = excluded.status, as_of = excluded.as_of, updated_at = excluded.updated_at
                 where product_cache.as_of <= excluded.as_of""")
                // Arrays.asList: name and brand may be null (List.of refused them, and the consumer stopped)
                .execute(Tuple.tuple(java.util.Arrays.asList(
                        p.productId(),
                        p.provider(),
                        truncate(p.name(), 200),
                        truncate(p.brandName(), 100),
                        p.consumerPrice(),
                        p.costPrice(),
                        p.status(),
                        asOf.atOffset(ZoneOffset.UTC))))
                .map(rows -> rows.rowCount() > 0);
    }

    private static CatalogProduct product(Row r) {
        return new CatalogProduct(
                r.getString("product_id"),
                r.getString("provider"),
                r.getString("name"),
                r.getString("brand_name"),
                r.getLong("consumer_price"),
                r.getLong("cost_price"),
                r.getString("status"));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
