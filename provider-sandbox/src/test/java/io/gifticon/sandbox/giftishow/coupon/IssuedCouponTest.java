package io.gifticon.sandbox.giftishow.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IssuedCouponTest {

    private static final LocalDateTime ISSUED_AT = LocalDateTime.of(2025, 3, 1, 10, 0);

    private static IssuedCoupon issued() {
        CouponOrder order = new CouponOrder(
                "svc_1",
                "20250301000001",
                "900000000001",
                "2025030100000100000001",
                Gubun.PIN,
                "G00000280811",
                "카페 아메리카노 T",
                "스타벅스",
                null,
                4500,
                4230,
                "01012345678",
                "15880108",
                "선물",
                "메시지",
                null,
                null,
                null,
                null,
                null);
        return new IssuedCoupon(order, ISSUED_AT, ISSUED_AT.plusDays(30), PinStatus.ISSUED, ISSUED_AT, 0);
    }

    @Test
    void shouldCancelWithinSevenDays() {
        assertThat(issued().cancelled(ISSUED_AT.plusDays(7)).status()).isEqualTo(PinStatus.CANCELLED);
    }

    @Test
    void shouldRefuseCancelAfterSevenDays() {
        assertRefused(() -> issued().cancelled(ISSUED_AT.plusDays(7).plusMinutes(1)), GiftishowCode.COUPON_0006);
    }

    @Test
    void shouldRefuseSecondCancelAsAlreadyCancelled() {
        IssuedCoupon cancelled = issued().cancelled(ISSUED_AT.plusHours(1));

        assertRefused(() -> cancelled.cancelled(ISSUED_AT.plusHours(2)), GiftishowCode.ERR0808);
    }

    @Test
    void shouldRefuseCancelOfExchangedCoupon() {
        IssuedCoupon redeemed = issued().redeemed(ISSUED_AT.plusHours(1));

        assertRefused(() -> redeemed.cancelled(ISSUED_AT.plusHours(2)), GiftishowCode.COUPON_0007);
    }

    @Test
    void shouldBeExpiredAfterItsValidity() {
        assertThat(issued().statusAt(ISSUED_AT.plusDays(31))).isEqualTo(PinStatus.EXPIRED);
    }

    @Test
    void shouldNotRedeemCancelledCoupon() {
        IssuedCoupon cancelled = issued().cancelled(ISSUED_AT.plusHours(1));

        assertThatThrownBy(() -> cancelled.redeemed(ISSUED_AT.plusHours(2))).isInstanceOf(IllegalStateException.class);
    }

    private static void assertRefused(Runnable action, GiftishowCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        GiftishowException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
