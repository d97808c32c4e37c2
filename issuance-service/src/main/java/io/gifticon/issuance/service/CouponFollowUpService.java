package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** After issuing: asking the provider for a coupon's state now, and sending a coupon again. */
@ApplicationScoped
public class CouponFollowUpService {
    private final CouponLedger ledger;
    private final ProviderRouter providers;
    private final OutboxRelay relay;

    public CouponFollowUpService(CouponLedger ledger, ProviderRouter providers, OutboxRelay relay) {
        this.ledger = ledger;
        this.providers = providers;
        this.relay = relay;
    }

    /** Asks the provider about an issued coupon and records what changed; other states are returned as stored. */
    public Uni<CouponEntity> refresh(UUID id, String clientId) {
        return owned(id, clientId).chain(coupon -> coupon.status != CouponStatus.ISSUED
                ? Uni.createFrom().item(coupon)
                : providers.status(coupon).chain(status -> ledger.recordProviderStatus(id, status))
                        .invoke(relay::wakeUp));
    }

    /** Sends an issued coupon again by MMS or SMS. */
    public Uni<CouponEntity> resend(UUID id, String clientId, String channel) {
        return owned(id, clientId).chain(coupon -> {
            if (coupon.status != CouponStatus.ISSUED) {
                throw new ProblemException(Problem.of(409, "COUPON_NOT_RESENDABLE", "The coupon cannot be resent",
                        "Only ISSUED coupons can be resent; this one is " + coupon.status).withRetryable(false));
            }
            return providers.resend(coupon, "SMS".equals(channel))
                    .chain(() -> ledger.recordResent(id, channel))
                    .invoke(relay::wakeUp);
        });
    }

    private Uni<CouponEntity> owned(UUID id, String clientId) {
        return ledger.findForClient(id, clientId).onItem().ifNull().failWith(() -> new ProblemException(
                Problem.of(404, "COUPON_NOT_FOUND", "Coupon not found", "No coupon " + id + " for this client")));
    }
}
