package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.repository.CouponBatchRepository;
import io.gifticon.issuance.rest.BatchView;
import io.gifticon.issuance.rest.IssueBatchRequest;
import io.gifticon.providers.PhoneNumbers;
import io.gifticon.web.AesGcmCipher;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accepts batches (stored whole, in one transaction, before anything is sent) and reports their progress from the
 * coupons their items became. The sending is {@link BatchWorker}'s.
 */
@ApplicationScoped
public class CouponBatchService {

    private final CouponBatchRepository batches;
    private final AesGcmCipher cipher;
    private final ProviderRouter providers;
    private final ProductCatalog catalog;
    private final BatchWorker worker;
    private final IssuanceConfig.Batch config;
    private final Clock clock;

    public CouponBatchService(
            CouponBatchRepository batches,
            AesGcmCipher cipher,
            ProviderRouter providers,
            ProductCatalog catalog,
            BatchWorker worker,
            IssuanceConfig config,
            Clock clock) {
        this.clock = clock;
        this.batches = batches;
        this.catalog = catalog;
        this.cipher = cipher;
        this.providers = providers;
        this.worker = worker;
        this.config = config.batch();
    }

    /** 400 when the batch has more recipients than {@code issuance.batch.max-recipients}: checked before any other. */
    public void requireRecipientCount(IssueBatchRequest request) {
        if (request.recipients().size() > config.maxRecipients()) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED,
                    "At most " + config.maxRecipients() + " recipients per batch",
                    Map.of(
                            "errors",
                            List.of(new Problem.FieldError(
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

    private record Prepared(String hash, List<CouponBatchRepository.NewItem> items) {}

    private Prepared prepared(UUID batchId, IssueBatchRequest request) {
        List<CouponBatchRepository.NewItem> items =
                new ArrayList<>(request.recipients().size());
        for (int seq = 0; seq < request.recipients().size(); seq++) {
            var recipient = request.recipients().get(seq);
            items.add(new CouponBatchRepository.NewItem(
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
            List<CouponBatchRepository.NewItem> items) {
        var batch = new CouponBatchRepository.NewBatch(
                batchId,
                clientId,
                idempotencyKey,
                hash,
                request.productId(),
                request.delivery().name(),
                request.title(),
                request.message(),
                request.senderPhone(),
                request.scheduledAt(),
                request.recipients().size(),
                now);
        return batches.insert(batch, items)
                .map(ignored -> batchId)
                .invoke(worker::wakeUp)
                .onFailure(Idempotency::isKeyTaken)
                .recoverWithUni(() -> existing(clientId, idempotencyKey, hash));
    }

    /** The batch and one page of its items; null when the client has no such batch. */
    public Uni<BatchView> view(UUID batchId, String clientId, int itemsPage, int itemsSize) {
        return batches.findForClient(batchId, clientId).chain(batch -> {
            if (batch == null) {
                return Uni.createFrom().nullItem();
            }
            return batches.countsByStatus(batchId)
                    .chain(counts -> batches.items(batchId, itemsPage, itemsSize)
                            .map(rows -> {
                                long pending = counts.getOrDefault("PENDING", 0L);
                                return new BatchView(
                                        batchId.toString(),
                                        batch.productId(),
                                        batch.total(),
                                        pending == 0 ? "COMPLETED" : "RUNNING",
                                        counts,
                                        rows.stream()
                                                .map(CouponBatchService::item)
                                                .toList(),
                                        itemsPage,
                                        itemsSize,
                                        batch.createdAt());
                            }));
        });
    }

    private static BatchView.Item item(CouponBatchRepository.ItemRow r) {
        String status = r.couponStatus() != null ? r.couponStatus() : r.errorCode() != null ? "REJECTED" : "PENDING";
        return new BatchView.Item(
                r.seq(),
                r.phoneMasked(),
                r.clientReference(),
                status,
                r.couponId() == null ? null : r.couponId().toString(),
                r.errorCode(),
                ErrorMessages.of(r.errorCode()));
    }

    private Uni<UUID> existing(String clientId, String idempotencyKey, String hash) {
        return batches.findByIdempotencyKey(clientId, idempotencyKey).map(found -> {
            if (!hash.equals(found.requestHash())) {
                throw new DomainException(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for a batch with a different body; use a new key.");
            }
            return found.id();
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
