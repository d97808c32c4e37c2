package io.gifticon.issuance.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Batches and their items, on the reactive client: a batch of up to 10,000 items is inserted in one statement
 * batch, and items are taken under a lease with {@code FOR UPDATE SKIP LOCKED} so replicas share the work.
 */
@ApplicationScoped
public class CouponBatchRepository {
    private final Pool database;

    public CouponBatchRepository(Pool database) {
        this.database = database;
    }

    /** A batch as accepted, before anything is sent. */
    public record NewBatch(
            UUID id,
            String clientId,
            String idempotencyKey,
            String requestHash,
            String productId,
            String delivery,
            String title,
            String message,
            String senderPhone,
            Instant scheduledAt,
            int total,
            Instant createdAt) {}

    /** One recipient of a new batch (its number encrypted, and masked for views). */
    public record NewItem(int seq, String phoneEncrypted, String phoneMasked, String clientReference) {}

    /** A stored batch as its view needs it. */
    public record Batch(String productId, int total, Instant createdAt) {}

    /** A batch found by its idempotency key. */
    public record KeyedBatch(UUID id, String requestHash) {}

    /** One item and the status of the coupon it became, if any. */
    public record ItemRow(
            int seq,
            String phoneMasked,
            String clientReference,
            UUID couponId,
            String errorCode,
            String couponStatus) {}

    /** An item taken under a lease, with its batch's request. */
    public record ClaimedItem(
            UUID batchId,
            int seq,
            String phoneEncrypted,
            String clientReference,
            String clientId,
            String productId,
            String delivery,
            String title,
            String message,
            String senderPhone,
            Instant scheduledAt) {}

    /** Stores the batch and all its items in one transaction; fails with a unique violation on a known key. */
    public Uni<Void> insert(NewBatch batch, List<NewItem> items) {
        List<Tuple> rows = new ArrayList<>(items.size());
        for (NewItem item : items) {
            rows.add(Tuple.of(
                    batch.id(), item.seq(), item.phoneEncrypted(), item.phoneMasked(), item.clientReference()));
        }
        return database.withTransaction(conn -> conn.preparedQuery("""
                insert into coupon_batch (id, client_id, idempotency_key, request_hash, product_id, delivery, title,
                                          message, sender_phone, scheduled_at, total, created_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)""")
                        .execute(Tuple.tuple(List.of(
                                        batch.id(),
                                        batch.clientId(),
                                        batch.idempotencyKey(),
                                        batch.requestHash(),
                                        batch.productId(),
                                        batch.delivery(),
                                        batch.title(),
                                        batch.message(),
                                        batch.senderPhone()))
                                .addOffsetDateTime(at(batch.scheduledAt()))
                                .addInteger(batch.total())
                                .addOffsetDateTime(at(batch.createdAt())))
                        .chain(() -> conn.preparedQuery("""
                        insert into coupon_batch_item (batch_id, seq, recipient_phone_encrypted,
                                                       recipient_phone_masked, client_reference)
                        values ($1, $2, $3, $4, $5)""").executeBatch(rows)))
                .replaceWithVoid();
    }

    /** The client's batch; null when the client has no such batch. */
    public Uni<Batch> findForClient(UUID batchId, String clientId) {
        return database.preparedQuery(
                        "select product_id, total, created_at from coupon_batch where id = $1 and client_id = $2")
                .execute(Tuple.of(batchId, clientId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        return null;
                    }
                    var row = rows.iterator().next();
                    return new Batch(
                            row.getString("product_id"),
                            row.getInteger("total"),
                            row.getOffsetDateTime("created_at").toInstant());
                });
    }

    /** The client's batch of that idempotency key (it exists: the caller's insert hit it). */
    public Uni<KeyedBatch> findByIdempotencyKey(String clientId, String idempotencyKey) {
        return database.preparedQuery(
                        "select id, request_hash from coupon_batch where client_id = $1 and idempotency_key = $2")
                .execute(Tuple.of(clientId, idempotencyKey))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new KeyedBatch(row.getUUID("id"), row.getString("request_hash"));
                });
    }

    /**
     * How many items are in each state: the status of the coupon they became, else {@code REJECTED} (refused
     * before any send) or {@code PENDING}; by state name.
     */
    public Uni<Map<String, Long>> countsByStatus(UUID batchId) {
        return database.preparedQuery("""
                select coalesce(c.status, case when i.error_code is not null then 'REJECTED' else 'PENDING' end) as s,
                       count(*) as n
                  from coupon_batch_item i left join coupon c on c.id = i.coupon_id
                 where i.batch_id = $1 group by 1 order by 1""").execute(Tuple.of(batchId)).map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(r -> counts.put(r.getString("s"), r.getLong("n")));
            return counts;
        });
    }

    /** One page of the batch's items, in order. */
    public Uni<List<ItemRow>> items(UUID batchId, int page, int size) {
        return database.preparedQuery("""
                select i.seq, i.recipient_phone_masked, i.client_reference, i.coupon_id, i.error_code,
                       i.error_message, c.status
                  from coupon_batch_item i left join coupon c on c.id = i.coupon_id
                 where i.batch_id = $1 order by i.seq limit $2 offset $3""")
                .execute(Tuple.of(batchId, size, page * size))
                .map(rows -> {
                    List<ItemRow> items = new ArrayList<>();
                    rows.forEach(r -> items.add(new ItemRow(
                            r.getInteger("seq"),
                            r.getString("recipient_phone_masked"),
                            r.getString("client_reference"),
                            r.getUUID("coupon_id"),
                            r.getString("error_code"),
                            r.getString("status"))));
                    return items;
                });
    }

    /**
     * Takes up to {@code limit} waiting items (no coupon, not rejected, lease free or ended) until {@code now +
     * lease}, skipping those another instance holds; ordered by batch and position.
     */
    public Uni<List<ClaimedItem>> claim(Instant now, Duration lease, int limit) {
        return database.preparedQuery("""
                update coupon_batch_item i set lease_until = $1
                  from coupon_batch b
                 where b.id = i.batch_id
                   and (i.batch_id, i.seq) in (select batch_id, seq from coupon_batch_item
                                                where coupon_id is null and error_code is null
                                                  and (lease_until is null or lease_until < $2)
                                                order by batch_id, seq limit $3 for update skip locked)
                returning i.batch_id, i.seq, i.recipient_phone_encrypted, i.client_reference, b.client_id,
                          b.product_id, b.delivery, b.title, b.message, b.sender_phone, b.scheduled_at""")
                .execute(Tuple.of(at(now.plus(lease)), at(now), limit))
                .map(rows -> {
                    List<ClaimedItem> claimed = new ArrayList<>();
                    rows.forEach(r -> {
                        var scheduled = r.getOffsetDateTime("scheduled_at");
                        claimed.add(new ClaimedItem(
                                r.getUUID("batch_id"),
                                r.getInteger("seq"),
                                r.getString("recipient_phone_encrypted"),
                                r.getString("client_reference"),
                                r.getString("client_id"),
                                r.getString("product_id"),
                                r.getString("delivery"),
                                r.getString("title"),
                                r.getString("message"),
                                r.getString("sender_phone"),
                                scheduled == null ? null : scheduled.toInstant()));
                    });
                    claimed.sort(Comparator.comparing(ClaimedItem::batchId).thenComparingInt(ClaimedItem::seq));
                    return claimed;
                });
    }

    /** The item is taken again once {@code until} has passed. */
    public Uni<Void> retryAt(UUID batchId, int seq, Instant until) {
        return database.preparedQuery("update coupon_batch_item set lease_until = $3 where batch_id = $1 and seq = $2")
                .execute(Tuple.of(batchId, seq, at(until)))
                .replaceWithVoid();
    }

    /** The item became that coupon: done. */
    public Uni<Void> linkCoupon(UUID batchId, int seq, UUID couponId) {
        return database.preparedQuery(
                        "update coupon_batch_item set coupon_id = $3, lease_until = null where batch_id = $1 and seq = $2")
                .execute(Tuple.of(batchId, seq, couponId))
                .replaceWithVoid();
    }

    /** The item can never become a coupon: why (the message cut to its column's 500 characters). */
    public Uni<Void> reject(UUID batchId, int seq, String errorCode, String errorMessage) {
        return database.preparedQuery("update coupon_batch_item set error_code = $3, error_message = $4, "
                        + "lease_until = null where batch_id = $1 and seq = $2")
                .execute(Tuple.of(
                        batchId,
                        seq,
                        errorCode,
                        errorMessage == null || errorMessage.length() <= 500
                                ? errorMessage
                                : errorMessage.substring(0, 500)))
                .replaceWithVoid();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
