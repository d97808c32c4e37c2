package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.client.CatalogProduct;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.issuance.repository.CouponRepository;
import io.gifticon.issuance.rest.IssueCouponRequest;
import io.gifticon.providers.PhoneNumbers;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
    private final Clock clock = Clock.systemUTC();

    public CouponIssuanceService(CouponLedger ledger, ProviderRouter providers, OutboxRelay relay,
            ProductCatalog catalog, IssuanceConfig config) {
        this.ledger = ledger;
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
                .onFailure(ProblemException.class).recoverWithUni(refusal -> ledger
                        .findByIdempotencyKey(clientId, idempotencyKey)
                        .onItem().ifNull().failWith(() -> refusal)
                        .replaceWith((CatalogProduct) null))
                .chain(product -> product == null ? replay(clientId, idempotencyKey, draft.requestHash)
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

    public Uni<CouponRepository.CouponPage> search(String clientId, CouponRepository.CouponFilter filter, int page,
            int size) {
        return ledger.search(clientId, filter, page, size);
    }

    public String revealPin(CouponEntity coupon) {
        return ledger.revealPin(coupon);
    }

    private Uni<IssueOutcome> send(CouponEntity coupon) {
        UUID id = coupon.id;
        String provider = coupon.provider;
        // only the provider's failures are classified here; a failure to record the outcome propagates as it is
        return providers.send(coupon).onItemOrFailure().transformToUni((result, failure) -> {
            if (failure == null) {
                return ledger.recordIssued(id, result).map(issued -> new IssueOutcome(issued, result.pin(), false));
            }
            var classified = ProviderFailures.classify(provider, failure);
            LOG.infof("coupon %s: %s send ended %s (%s)", id, provider,
                    classified.outcomeUnknown() ? "without an answer" : "with a refusal", classified.error().code());
            return (classified.outcomeUnknown() ? ledger.recordUnknown(id, classified.error())
                    // no provider result code: refused connection, open circuit, full bulkhead — never sent
                    : ledger.recordFailed(id, classified.error(), classified.error().providerCode() == null))
                    .map(c -> new IssueOutcome(c, null, false));
        })
                .invoke(relay::wakeUp);
    }

    private Uni<IssueOutcome> replay(String clientId, String idempotencyKey, String requestHash) {
        return ledger.findByIdempotencyKey(clientId, idempotencyKey).map(existing -> {
            if (existing == null) {
                throw new IllegalStateException("idempotency key conflict without a stored coupon");
            }
            if (!existing.requestHash.equals(requestHash)) {
                throw new ProblemException(Problem.of(409, "IDEMPOTENCY_KEY_REUSED",
                        "Idempotency-Key already used for another request",
                        "This Idempotency-Key was used for a request with a different body; use a new key.")
                        .withRetryable(false));
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
        String canonical = String.join("\u001f", r.productId(), r.recipientPhone(), r.delivery().name(), r.title(),
                r.message(), r.senderPhone(), String.valueOf(r.scheduledAt()), String.valueOf(r.clientReference()));
        return Idempotency.fingerprint(canonical);
    }
}
