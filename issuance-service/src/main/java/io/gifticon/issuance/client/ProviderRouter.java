package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.giftishow.GiftishowCancelResult;
import io.gifticon.providers.giftishow.GiftishowClient;
import io.gifticon.providers.giftishow.GiftishowCouponStatus;
import io.gifticon.providers.giftishow.GiftishowCodes;
import io.gifticon.providers.giftishow.GiftishowDelivery;
import io.gifticon.providers.giftishow.GiftishowSendRequest;
import io.gifticon.providers.giftishow.GiftishowSendResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Sends a coupon to the provider its product belongs to ({@code giftishow:…}). */
@ApplicationScoped
public class ProviderRouter {
    private final GiftishowClient giftishow;

    public ProviderRouter(GiftishowClient giftishow) {
        this.giftishow = giftishow;
    }

    /** Checks the coupon against the provider's own rules before anything is stored or sent. */
    public void validate(CouponEntity coupon, Instant now) {
        requireSupported(coupon.provider);
        sendRequest(coupon).validate(now);
    }

    public Uni<GiftishowSendResult> send(CouponEntity coupon) {
        requireSupported(coupon.provider);
        return giftishow.send(sendRequest(coupon));
    }

    /** Cancels with our own transaction id; "already cancelled" counts as cancelled. */
    public Uni<GiftishowCancelResult> cancel(CouponEntity coupon) {
        requireSupported(coupon.provider);
        return giftishow.cancel(coupon.providerTransactionId);
    }

    /** The provider's view of the coupon (giftishow-biz-api.txt §5: 0201 by tr_id). */
    public Uni<GiftishowCouponStatus> status(CouponEntity coupon) {
        requireSupported(coupon.provider);
        return giftishow.couponStatus(coupon.providerTransactionId);
    }

    /** Sends the coupon message again (giftishow-biz-api.txt §7: 0203, on the recipient's request only). */
    public Uni<Void> resend(CouponEntity coupon, boolean sms) {
        requireSupported(coupon.provider);
        return giftishow.resend(coupon.providerTransactionId, sms);
    }

    private static void requireSupported(String provider) {
        if (!GiftishowCodes.PROVIDER.equals(provider)) {
            throw new ProviderException(new ProviderError(ErrorCode.UNSUPPORTED, provider, null,
                    "issuing coupons through " + provider + " is not supported yet"));
        }
    }

    private static GiftishowSendRequest sendRequest(CouponEntity coupon) {
        return new GiftishowSendRequest(coupon.providerTransactionId, coupon.providerGoodsCode,
                coupon.recipientPhone, coupon.senderPhone, coupon.title, coupon.message,
                GiftishowDelivery.valueOf(coupon.delivery), coupon.scheduledAt, null);
    }
}
