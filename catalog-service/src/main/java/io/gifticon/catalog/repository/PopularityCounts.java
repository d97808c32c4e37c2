package io.gifticon.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Issued-coupon counts per product, set-based on the reactive client: a batch of events is one statement in one
 * transaction, deduplicated by event id ({@code consumed_event}).
 */
@ApplicationScoped
public class PopularityCounts {
    // one statement, one transaction per batch: remember the new event ids, add them up per product (in product
    // order, so that two replicas lock rows in the same order), copy the totals onto the products
    static final String COUNT = """
            with input as (select * from unnest($1::varchar[], $2::varchar[]) as i (event_id, product_id)),
            fresh as (insert into consumed_event (event_id, consumed_at) select event_id, now() from input
                      on conflict do nothing returning event_id),
            counted as (select i.product_id, count(*) as n from input i join fresh f on f.event_id = i.event_id
                        group by i.product_id order by i.product_id),
            totals as (insert into product_popularity (product_id, issued, updated_at)
                       select product_id, n, now() from counted
                       on conflict (product_id) do update
                       set issued = product_popularity.issued + excluded.issued, updated_at = excluded.updated_at
                       returning product_id, issued)
            update product p set popularity = t.issued from totals t where p.id = t.product_id""";

    private final Pool database;

    public PopularityCounts(Pool database) {
        this.database = database;
    }

    /**
     * Adds one issued coupon per event to its product, each event id once ever; in its own transaction, run again
     * on every subscription.
     *
     * @param productByEvent the product id of each event, by event id
     */
    public Uni<Void> add(Map<String, String> productByEvent) {
        if (productByEvent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple args = Tuple.of(
                productByEvent.keySet().toArray(String[]::new),
                productByEvent.values().toArray(String[]::new));
        return database.withTransaction(
                        connection -> connection.preparedQuery(COUNT).execute(args))
                .replaceWithVoid();
    }
}
