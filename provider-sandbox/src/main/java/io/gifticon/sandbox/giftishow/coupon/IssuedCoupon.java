package io.gifticon.sandbox.giftishow.coupon;

import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import java.time.LocalDateTime;

/** A coupon the simulated provider issued, and its PIN state machine (01 → 02 | 07 | 08). */
public record IssuedCoupon(
        CouponOrder order,
        LocalDateTime issuedAt,
        LocalDateTime validUntil,
        PinStatus status,
        LocalDateTime changedAt,
        int resendCount) {

    // giftishow-biz-api.txt §6: no cancel after the 7-day purchase confirmation period (상거래법 구매확정 기간)
    static final int CANCEL_WINDOW_DAYS = 7;

    /** The status as seen at {@code now}: an issued coupon past its validity is expired. */
    public PinStatus statusAt(LocalDateTime now) {
        return status == PinStatus.ISSUED && now.isAfter(validUntil) ? PinStatus.EXPIRED : status;
    }

    /** The cancelled coupon; refuses with the provider's code when the coupon cannot be cancelled. */
    public IssuedCoupon cancelled(LocalDateTime now) {
        return switch (statusAt(now)) {
            // giftishow-biz-api.txt §6: a retried cancel may answer "already cancelled" (ERR0808)
            case CANCELLED -> throw new GiftishowException(GiftishowCode.ERR0808);
            case EXCHANGED -> throw new GiftishowException(GiftishowCode.COUPON_0007);
            case EXPIRED -> throw new GiftishowException(GiftishowCode.COUPON_0006);
            case ISSUED -> {
                if (now.isAfter(issuedAt.plusDays(CANCEL_WINDOW_DAYS))) {
                    throw new GiftishowException(GiftishowCode.COUPON_0006);
                }
                yield withStatus(PinStatus.CANCELLED, now);
            }
        };
    }

    /** The coupon after an MMS/SMS resend; only an issued coupon whose message went out can be resent. */
    public IssuedCoupon resent(LocalDateTime now) {
        boolean scheduledLater =
                order.scheduledAt() != null && order.scheduledAt().isAfter(now);
        if (statusAt(now) != PinStatus.ISSUED || scheduledLater) {
            throw new GiftishowException(GiftishowCode.COUPON_0009);
        }
        return new IssuedCoupon(order, issuedAt, validUntil, status, now, resendCount + 1);
    }

    /** The coupon exchanged at a shop (pinStatusCd 02). */
    public IssuedCoupon redeemed(LocalDateTime now) {
        requireIssued(now, "redeemed");
        return withStatus(PinStatus.EXCHANGED, now);
    }

    /** The coupon past its validity (pinStatusCd 08). */
    public IssuedCoupon expired(LocalDateTime now) {
        requireIssued(now, "expired");
        return withStatus(PinStatus.EXPIRED, now);
    }

    /** The same coupon issued {@code days} earlier, e.g. to try a cancel after the 7-day window. */
    public IssuedCoupon backdated(int days) {
        return new IssuedCoupon(
                order,
                issuedAt.minusDays(days),
                validUntil.minusDays(days),
                status,
                changedAt.minusDays(days),
                resendCount);
    }

    private void requireIssued(LocalDateTime now, String action) {
        PinStatus current = statusAt(now);
        if (current != PinStatus.ISSUED) {
            throw new IllegalStateException("coupon " + order.trId() + " is " + current + " (pinStatusCd "
                    + current.code() + ") and cannot be " + action);
        }
    }

    private IssuedCoupon withStatus(PinStatus newStatus, LocalDateTime now) {
        return new IssuedCoupon(order, issuedAt, validUntil, newStatus, now, resendCount);
    }
}
