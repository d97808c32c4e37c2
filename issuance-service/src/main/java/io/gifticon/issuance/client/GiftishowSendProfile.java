package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.giftishow.GiftishowClient;
import io.gifticon.providers.giftishow.GiftishowCodes;
import io.gifticon.providers.giftishow.GiftishowDelivery;
import io.gifticon.providers.giftishow.GiftishowSendRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Giftishow's send as our API offers it: gubun from the coupon's delivery (the SPI always sends MMS), a scheduled
 * send, the barcode image, resend by SMS or MMS. Our transaction id is its tr_id.
 */
@ApplicationScoped
class GiftishowSendProfile implements SendProfile {
    private final GiftishowClient giftishow;

    GiftishowSendProfile(GiftishowClient giftishow) {
        this.giftishow = giftishow;
    }

    @Override
    public String provider() {
        return GiftishowCodes.PROVIDER;
    }

    @Override
    public void validate(CouponEntity coupon, Instant now) {
        request(coupon).validate(now);
    }

    @Override
    public Uni<SentCoupon> send(CouponEntity coupon) {
        return giftishow.send(request(coupon)).map(r -> new SentCoupon(r.orderNo(), r.pinNo(), r.couponImgUrl()));
    }

    /** giftishow-biz-api.txt §7: 0203, sms_flag. */
    @Override
    public Uni<Void> resend(CouponEntity coupon, boolean sms) {
        return giftishow.resend(coupon.providerTransactionId, sms);
    }

    /** giftishow-biz-api.txt §8: cancel with the same tr_id. */
    @Override
    public boolean canResolveLostSend(CouponEntity coupon) {
        return true;
    }

    private static GiftishowSendRequest request(CouponEntity coupon) {
        return new GiftishowSendRequest(
                coupon.providerTransactionId,
                coupon.providerGoodsCode,
                coupon.recipientPhone,
                coupon.senderPhone,
                coupon.title,
                coupon.message,
                GiftishowDelivery.valueOf(coupon.delivery),
                coupon.scheduledAt,
                null);
    }
}
