package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.web.DomainException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A client's cancel: CANCELLING is stored before the provider is called; the provider's answer makes the coupon
 * CANCELLED (bizmoney refunded), or keeps it ISSUED with {@code coupon.cancel-failed}, or REDEEMED when it was
 * already used. Without an answer it stays CANCELLING and the reconciler repeats the cancel, which is safe
 * (giftishow-biz-api.txt §6: a repeat answers "already cancelled").
 */
@ApplicationScoped
public class CouponCancellationService {
    private final CouponLedger ledger;
    private final ProviderRouter providers;
    private final OutboxRelay relay;
    private final UnknownCouponReconciler reconciler;

    public CouponCancellationService(
            CouponLedger ledger, ProviderRouter providers, OutboxRelay relay, UnknownCouponReconciler reconciler) {
        this.ledger = ledger;
        this.reconciler = reconciler;
        this.providers = providers;
        this.relay = relay;
    }

    public Uni<CancelOutcome> cancel(UUID couponId, String clientId) {
        return ledger.startCancel(couponId, clientId)
                .chain(coupon -> {
                    if (coupon == null) {
                        throw new DomainException(
                                io.gifticon.web.ErrorCode.COUPON_NOT_FOUND,
                                "No coupon " + couponId + " for this client");
                    }
                    return switch (coupon.status) {
                        case CANCELLED -> Uni.createFrom().item(new CancelOutcome(coupon, null));
                        case CANCELLING -> callProvider(coupon);
                        default ->
                            throw new DomainException(
                                            io.gifticon.web.ErrorCode.COUPON_NOT_CANCELLABLE,
                                            "A coupon in status " + coupon.status
                                                    + " cannot be cancelled; only ISSUED coupons can.")
                                    .withRetryable(coupon.status == CouponStatus.UNKNOWN
                                            || coupon.status == CouponStatus.ISSUING);
                    };
                })
                .invoke(relay::wakeUp);
    }

    private Uni<CancelOutcome> callProvider(CouponEntity coupon) {
        UUID id = coupon.id;
        return providers.cancel(coupon).onItemOrFailure().transformToUni((result, failure) -> {
            if (failure == null) {
                return ledger.recordCancelled(id, "cancelled at the client's request: " + result)
                        .map(c -> new CancelOutcome(c, null));
            }
            var classified = ProviderFailures.classify(coupon.provider, failure);
            if (classified.outcomeUnknown()) {
                // stays CANCELLING; the reconciler repeats the cancel now (a repeat answers "already cancelled")
                return ledger.recordCancelUnknown(id)
                        .invoke(() -> reconciler.wakeUp(coupon.provider))
                        .map(c -> new CancelOutcome(c, null));
            }
            ErrorCode code = classified.error().code();
            if (code == ErrorCode.ALREADY_CANCELLED) {
                return ledger.recordCancelled(id, "cancelled at the client's request: already cancelled")
                        .map(c -> new CancelOutcome(c, null));
            }
            if (code == ErrorCode.ALREADY_REDEEMED) {
                return ledger.recordRedeemed(id, "cancel refused: already used")
                        .map(c -> new CancelOutcome(c, classified.error()));
            }
            return ledger.recordCancelFailed(id, classified.error()).map(c -> new CancelOutcome(c, classified.error()));
        });
    }
}
