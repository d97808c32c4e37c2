package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.rest.BatchView;
import io.gifticon.issuance.rest.IssueBatchRequest;
import io.gifticon.providers.PhoneNumbers;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accepts batches (stored whole, in one transaction, before anything is sent) and reports their progress from the
 * coupons their items became. The sending is {@link BatchWorker}'s.
 */
@ApplicationScoped
public class CouponBatchService {

    private final Pool database;
    private final FieldCipher cipher;
    private final ProviderRouter providers;
    private final ProductCatalog catalog;
    private final BatchWorker worker;
    private final IssuanceConfig.Batch config;
    private final Clock clock = Clock.systemUTC();

    public CouponBatchService(
            Pool database,
            FieldCipher cipher,
            ProviderRouter providers,
            ProductCatalog catalog,
            BatchWorker worker,
            IssuanceConfig config) {
        this.database = database;
        this.catalog = catalog;
        this.cipher = cipher;
        this.providers = providers;
        this.worker = worker;
        this.config = config.batch();
    }

    /** 400 when the batch has more recipients than {@code issuance.batch.max-recipients}: checked before any other. */
    public void requireRecipientCount(IssueBatchRequest request) {
        if (request.recipients().size() > config.maxRecipients()) {
            throw new ProblemException(Problem.of(
                            400,
                            "VALIDATION_FAILED",
                            "The request is not valid",
                            "At most " + config.maxRecipients() + " recipients per batch")
                    .withRetryable(false)
                    .withErrors(List.of(new Problem.FieldError(
                            "recipients", "at most " + config.maxRecipients() + " recipients"))));
        }
    }

    /** Stores the batch; the same key and body again return the same batch, another body is 409. */
    public Uni<UUID> create(String clientId, String idempotencyKey, IssueBatchRequest request) {
        requireRecipientCount(request);
        // the provider's rules (e.g. Giftishow's 10-character title) hold for every recipient: check once
        var first = request.recipients().get(0);
        CouponEntity sample = new CouponEntity();
        String[] product = request.productId().split(":", 2);
        sample.provider = product[0];
        sample.providerGoodsCode = product[1];
        sample.providerTransactionId = "check";
        sample.recipientPhone = first.phone();
        sample.senderPhone = request.senderPhone();
        sample.title = request.title();
        sample.message = request.message();
        sample.delivery = request.delivery().name();
        sample.scheduledAt = request.scheduledAt();
        providers.validate(sample, clock.instant());
        // a discontinued, suspended or unknown product refuses the whole batch before anything is stored
        return catalog.requireIssuable(request.productId()).chain(() -> store(clientId, idempotencyKey, request));
    }

    private Uni<UUID> store(String clientId, String idempotencyKey, IssueBatchRequest request) {

        UUID batchId = UUID.randomUUID();
        Instant now = clock.instant();
        // hashing and encrypting up to 10,000 recipients is CPU work: done on a worker thread, not the event loop
        return Uni.createFrom()
                .item(() -> prepared(batchId, request))
                .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                .chain(prepared ->
                        insert(clientId, idempotencyKey, request, batchId, now, prepared.hash(), prepared.items()));
    }

    private record Prepared(String hash, List<Tuple> items) {}

    private Prepared prepared(UUID batchId, IssueBatchRequest request) {
        List<Tuple> items = new ArrayList<>(request.recipients().size());
        for (int seq = 0; seq < request.recipients().size(); seq++) {
            var recipient = request.recipients().get(seq);
            items.add(Tuple.of(
                    batchId,
                    seq,
                    cipher.encrypt(recipient.phone(), batchId + ":" + seq),
                    PhoneNumbers.mask(recipient.phone()),
                    recipient.clientReference()));
        }
        return new Prepared(hash(request), items);
    }

    private Uni<UUID> insert(
            String clientId,
            String idempotencyKey,
            IssueBatchRequest request,
            UUID batchId,
            Instant now,
            String hash,
            List<Tuple> items) {
        return database.withTransaction(conn -> conn.preparedQuery("""
                insert into coupon_batch (id, client_id, idempotency_key, request_hash, product_id, delivery, title,
                                          message, sender_phone, scheduled_at, total, created_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)""")
                        .execute(Tuple.tuple(List.of(
                                        batchId,
                                        clientId,
                                        idempotencyKey,
                                        hash,
                                        request.productId(),
                                        request.delivery().name(),
                                        request.title(),
                                        request.message(),
                                        request.senderPhone()))
                                .addOffsetDateTime(
                                        request.scheduledAt() == null
                                                ? null
                                                : request.scheduledAt().atOffset(ZoneOffset.UTC))
                                .addInteger(request.recipients().size())
                                .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)))
                        .chain(() -> conn.preparedQuery("""
                        insert into coupon_batch_item (batch_id, seq, recipient_phone_encrypted,
                                                       recipient_phone_masked, client_reference)
                        values ($1, $2, $3, $4, $5)""").executeBatch(items)))
                .map(ignored -> batchId)
                .invoke(worker::wakeUp)
                .onFailure(Idempotency::isKeyTaken)
                .recoverWithUni(() -> existing(clientId, idempotencyKey, hash));
    }

    /** The batch and one page of its items; null when the client has no such batch. */
    public Uni<BatchView> view(UUID batchId, String clientId, int itemsPage, int itemsSize) {
        return database.preparedQuery(
                        "select product_id, total, created_at from coupon_batch where id = $1 and client_id = $2")
                .execute(Tuple.of(batchId, clientId))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row batch = rows.iterator().next();
                    return counts(batchId)
                            .chain(counts -> items(batchId, itemsPage, itemsSize)
                                    .map(items -> {
                                        long pending = counts.getOrDefault("PENDING", 0L);
                                        return new BatchView(
                                                batchId.toString(),
                                                batch.getString("product_id"),
                                                batch.getInteger("total"),
                                                pending == 0 ? "COMPLETED" : "RUNNING",
                                                counts,
                                                items,
                                                itemsPage,
                                                itemsSize,
                                                batch.getOffsetDateTime("created_at")
                                                        .toInstant());
                                    }));
                });
    }

    private Uni<Map<String, Long>> counts(UUID batchId) {
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

    private Uni<List<BatchView.Item>> items(UUID batchId, int page, int size) {
        return database.preparedQuery("""
                select i.seq, i.recipient_phone_masked, i.client_reference, i.coupon_id, i.error_code,
                       i.error_message, c.status
                  from coupon_batch_item i left join coupon c on c.id = i.coupon_id
                 where i.batch_id = $1 order by i.seq limit $2 offset $3""")
                .execute(Tuple.of(batchId, size, page * size))
                .map(rows -> {
                    List<BatchView.Item> items = new ArrayList<>();
                    rows.forEach(r -> {
                        UUID couponId = r.getUUID("coupon_id");
                        String status = r.getString("status") != null
                                ? r.getString("status")
                                : r.getString("error_code") != null ? "REJECTED" : "PENDING";
                        items.add(new BatchView.Item(
                                r.getInteger("seq"),
                                r.getString("recipient_phone_masked"),
                                r.getString("client_reference"),
                                status,
                                couponId == null ? null : couponId.toString(),
                                r.getString("error_code"),
                                ErrorMessages.of(r.getString("error_code"))));
                    });
                    return items;
                });
    }

    private Uni<UUID> existing(String clientId, String idempotencyKey, String hash) {
        return database.preparedQuery(
                        "select id, request_hash from coupon_batch where client_id = $1 and idempotency_key = $2")
                .execute(Tuple.of(clientId, idempotencyKey))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    if (!hash.equals(row.getString("request_hash"))) {
                        throw new ProblemException(Problem.of(
                                        409,
                                        "IDEMPOTENCY_KEY_REUSED",
                                        "Idempotency-Key already used for another request",
                                        "This Idempotency-Key was used for a batch with a different body; use a new key.")
                                .withRetryable(false));
                    }
                    return row.getUUID("id");
                });
    }

    static String hash(IssueBatchRequest r) {
        StringBuilder canonical = new StringBuilder(String.join(
                "\u001f",
                r.productId(),
                r.delivery().name(),
                r.title(),
                r.message(),
                r.senderPhone(),
                String.valueOf(r.scheduledAt())));
        r.recipients()
                .forEach(x -> canonical
                        .append('\u001e')
                        .append(x.phone())
                        .append('\u001f')
                        .append(x.clientReference()));
        return Idempotency.fingerprint(canonical.toString());
    }
}
