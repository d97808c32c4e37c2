package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.client.CatalogProduct;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.repository.CouponRepository;
import io.gifticon.issuance.rest.IssueCouponRequest;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.outbox.SafeContexts;
import io.gifticon.providers.PhoneNumbers;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Outages;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issuing a coupon: record it (idempotently) before the provider is called, call the provider outside any
 * database transaction, then record what the provider said — or that it said nothing.
 */
@ApplicationScoped
public class CouponIssuanceService {
    private static final Logger LOG = Logger.getLogger(CouponIssuanceService.class);

    private final CouponLedger ledger;
    private final ProviderRouter providers;
    private final OutboxRelay relay;
    private final ProductCatalog catalog;
    private final TransactionIds transactionIds;
    private final UnknownCouponReconciler reconciler;
    private final Vertx vertx;
    private final Duration recordRetry;
    private final Clock clock;

    public CouponIssuanceService(
            CouponLedger ledger,
            ProviderRouter providers,
            OutboxRelay relay,
            ProductCatalog catalog,
            UnknownCouponReconciler reconciler,
            IssuanceConfig config,
            Vertx vertx,
            Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.reconciler = reconciler;
        this.vertx = vertx;
        this.recordRetry = config.recordRetry();
        this.catalog = catalog;
        this.providers = providers;
        this.relay = relay;
        this.transactionIds = new TransactionIds(config.trIdPrefix(), clock);
    }

    public Uni<IssueOutcome> issue(String clientId, String idempotencyKey, IssueCouponRequest request) {
        CouponEntity draft = draft(clientId, idempotencyKey, request);
        providers.validate(draft, clock.instant());
        // the catalog decides before anything is stored or sent; a replay does not depend on the product's state now
        return catalog.requireIssuable(request.productId())
                .onFailure(f -> f instanceof DomainException || f instanceof ProblemException)
                .recoverWithUni(refusal -> ledger.findByIdempotencyKey(clientId, idempotencyKey)
                        .onItem()
                        .ifNull()
                        .failWith(() -> refusal)
                        .replaceWith((CatalogProduct) null))
                .chain(product -> product == null
                        ? replay(clientId, idempotencyKey, draft.requestHash)
                        : register(draft, product));
    }

    private Uni<IssueOutcome> register(CouponEntity draft, CatalogProduct product) {
        draft.productName = product.name();
        draft.brandName = product.brandName();
        draft.consumerPrice = product.consumerPrice();
        draft.costPrice = product.costPrice();
        String clientId = draft.clientId;
        String idempotencyKey = draft.idempotencyKey;
        return ledger.register(draft)
                .invoke(relay::wakeUp)
                .chain(this::send)
                .onFailure(Idempotency::isKeyTaken)
                .recoverWithUni(() -> replay(clientId, idempotencyKey, draft.requestHash));
    }

    public Uni<CouponEntity> find(UUID couponId, String clientId) {
        return ledger.findForClient(couponId, clientId);
    }

    public Uni<CouponRepository.CouponPage> search(
            String clientId, CouponRepository.CouponFilter filter, int page, int size) {
        return ledger.search(clientId, filter, page, size);
    }

    public String revealPin(CouponEntity coupon) {
        return ledger.revealPin(coupon);
    }

    private Uni<IssueOutcome> send(CouponEntity coupon) {
        UUID id = coupon.id;
        String provider = coupon.provider;
        // only the provider's failures are classified here; a failure to record the outcome is retried (the answer
        // is only in memory), then propagates (503: the client's retry with the same key finds this coupon)
        return providers
                .send(coupon)
                .onItemOrFailure()
                .transformToUni((result, failure) -> {
                    if (failure == null) {
                        return recorded("issued", id, () -> ledger.recordIssued(id, result))
                                .map(issued -> new IssueOutcome(issued, result.pin(), false));
                    }
                    var classified = ProviderFailures.classify(provider, failure);
                    LOG.infof(
                            "coupon %s: %s send ended %s (%s)",
                            id,
                            provider,
                            classified.outcomeUnknown() ? "without a readable answer" : "with a refusal",
                            classified.error().code());
                    if (classified.outcomeUnknown()) {
                        // giftishow-biz-api.txt §8: the compensating cancel starts now, not on the next timer
                        return recorded("unknown", id, () -> ledger.recordUnknown(id, classified.error()))
                                .invoke(() -> reconciler.wakeUp(provider))
                                .map(c -> new IssueOutcome(c, null, false));
                    }
                    // no provider result code: refused connection, open circuit, full bulkhead — never sent
                    return recorded(
                                    "failed",
                                    id,
                                    () -> ledger.recordFailed(
                                            id,
                                            classified.error(),
                                            classified.error().providerCode() == null))
                            .map(c -> new IssueOutcome(c, null, false));
                })
                .invoke(relay::wakeUp);
    }

    /**
     * Stores a provider's answer, retrying while the database is unreachable: a few times within the request, then
     * in the background for up to {@code issuance.record-retry}, so that a PostgreSQL restart does not lose an
     * issued coupon's PIN (the coupon would otherwise stay ISSUING and be cancelled as a lost send).
     */
    private Uni<CouponEntity> recorded(String what, UUID id, java.util.function.Supplier<Uni<CouponEntity>> write) {
        return Uni.createFrom()
                .<CouponEntity>deferred(write::get)
                .onFailure(Outages::isUnavailable)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(1))
                .atMost(4)
                .onFailure(Outages::isUnavailable)
                .invoke(failure -> {
                    LOG.warnf(
                            "coupon %s: the %s outcome could not be stored yet (%s); retrying in the background",
                            id, what, failure.toString());
                    SafeContexts.start(
                            vertx,
                            "storing the " + what + " outcome of coupon " + id,
                            () -> Uni.createFrom()
                                    .<CouponEntity>deferred(write::get)
                                    .onFailure(Outages::isUnavailable)
                                    .retry()
                                    .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(5))
                                    .expireIn(recordRetry.toMillis())
                                    .invoke(c -> {
                                        LOG.infof("coupon %s: %s outcome stored after the outage", id, what);
                                        relay.wakeUp();
                                    }),
                            LOG);
                });
    }

    private Uni<IssueOutcome> replay(String clientId, String idempotencyKey, String requestHash) {
        return ledger.findByIdempotencyKey(clientId, idempotencyKey).map(existing -> {
            if (existing == null) {
                throw new IllegalStateException("idempotency key conflict without a stored coupon");
            }
            if (!existing.requestHash.equals(requestHash)) {
                throw new DomainException(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for a request with a different body; use a new key.");
            }
            return new IssueOutcome(existing, ledger.revealPin(existing), true);
        });
    }

    private CouponEntity draft(String clientId, String idempotencyKey, IssueCouponRequest request) {
        String[] product = request.productId().split(":", 2);
        CouponEntity c = new CouponEntity();
        c.id = UUID.randomUUID();
        c.clientId = clientId;
        c.idempotencyKey = idempotencyKey;
        c.requestHash = hash(request);
        c.provider = product[0];
        c.productId = request.productId();
        c.providerGoodsCode = product[1];
        c.delivery = request.delivery().name();
        c.recipientPhone = request.recipientPhone();
        c.recipientPhoneMasked = PhoneNumbers.mask(request.recipientPhone());
        c.senderPhone = request.senderPhone();
        c.title = request.title();
        c.message = request.message();
        c.scheduledAt = request.scheduledAt();
        c.clientReference = request.clientReference();
        c.providerTransactionId = transactionIds.next();
        return c;
    }

    /** SHA-256 over every field of the request, so that "same key, other body" is recognised. */
    static String hash(IssueCouponRequest r) {
        String canonical = String.join(
                "\u001f",
                r.productId(),
                r.recipientPhone(),
                r.delivery().name(),
                r.title(),
                r.message(),
                r.senderPhone(),
                String.valueOf(r.scheduledAt()),
                String.valueOf(r.clientReference()));
        return Idempotency.fingerprint(canonical);
    }
}
