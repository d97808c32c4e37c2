package io.gifticon.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The lifecycle of ARCHITECTURE.md: where redemption and expiry facts may land, and which states are final. */
class CouponStatusTest {

    @Test
    void shouldAllowRedemptionOnlyOfCouponsThatMayExistUnused() {
        assertThat(Arrays.stream(CouponStatus.values()).filter(s -> s.canMoveTo(CouponStatus.REDEEMED)))
                .containsExactlyInAnyOrder(CouponStatus.ISSUED, CouponStatus.CANCELLING, CouponStatus.UNKNOWN);
    }

    @Test
    void shouldAllowExpiryOnlyOfIssuedCoupons() {
        assertThat(Arrays.stream(CouponStatus.values()).filter(s -> s.canMoveTo(CouponStatus.EXPIRED)))
                .containsExactlyInAnyOrder(CouponStatus.ISSUED, CouponStatus.CANCELLING);
    }

    @Test
    void shouldEndUnknownSendThatCannotBeResolvedInFinalUnresolvableState() {
        assertThat(CouponStatus.UNKNOWN.canMoveTo(CouponStatus.UNRESOLVABLE)).isTrue();
        assertThat(CouponStatus.ISSUED.canMoveTo(CouponStatus.UNRESOLVABLE)).isFalse();
        assertThat(CouponStatus.UNRESOLVABLE.isFinal()).isTrue();
        assertThat(Arrays.stream(CouponStatus.values()).filter(CouponStatus::isFinal))
                .containsExactlyInAnyOrder(
                        CouponStatus.FAILED,
                        CouponStatus.CANCELLED,
                        CouponStatus.REDEEMED,
                        CouponStatus.EXPIRED,
                        CouponStatus.UNRESOLVABLE);
    }
}
