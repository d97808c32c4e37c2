package io.gifticon.providers.coufun;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException.FieldProblem;
import io.gifticon.providers.spi.CancelOutcome;
import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.CouponIssuer;
import io.gifticon.providers.spi.CouponRef;
import io.gifticon.providers.spi.CouponState;
import io.gifticon.providers.spi.IssueCouponRequest;
import io.gifticon.providers.spi.IssuedCoupon;
import io.gifticon.providers.spi.ResendChannel;
import io.gifticon.providers.spi.Unsupported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** COUFUN behind the SPI: cancel only (the only specified call); coupons identified by GOODS_ID + BARCODE_NUM. */
@ApplicationScoped
public class CoufunAdapter implements CouponIssuer {
    private final CoufunClient client;

    public CoufunAdapter(CoufunClient client) {
        this.client = client;
    }

    @Override
    public String provider() {
        return CoufunCodes.PROVIDER;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CANCEL);
    }

    /** Throws {@code UNSUPPORTED}: there is no send whose rules could be checked. */
    @Override
    public List<FieldProblem> validate(IssueCouponRequest request, Instant now) {
        throw Unsupported.error(provider(), "issuing (쿠폰발송 is not specified)");
    }

    @Override
    public Uni<IssuedCoupon> issue(IssueCouponRequest request) {
        return Unsupported.operation(provider(), "issuing (쿠폰발송 is not specified)");
    }

    /** Nothing is sent through COUFUN, so no send is ever lost; its cancel needs the PIN a send's answer carries. */
    @Override
    public boolean canFindLostSend(CouponRef coupon) {
        return false;
    }

    @Override
    public Uni<CancelOutcome> cancel(CouponRef coupon) {
        if (coupon == null || coupon.productCode() == null || coupon.pin() == null) {
            return Uni.createFrom()
                    .failure(new ProviderException(new ProviderError(
                            ErrorCode.INVALID_REQUEST,
                            provider(),
                            null,
                            "COUFUN cancels by GOODS_ID and BARCODE_NUM (productCode and pin)")));
        }
        return client.cancel(coupon.productCode(), coupon.pin())
                .map(r -> r.alreadyCancelled() ? CancelOutcome.ALREADY_CANCELLED : CancelOutcome.CANCELLED);
    }

    @Override
    public Uni<CouponState> status(CouponRef coupon) {
        return Unsupported.operation(provider(), "status (쿠폰상태조회 is not specified)");
    }

    @Override
    public Uni<Void> resend(CouponRef coupon, ResendChannel channel) {
        return Unsupported.operation(provider(), "resend (쿠폰재발송 is not specified)");
    }
}
