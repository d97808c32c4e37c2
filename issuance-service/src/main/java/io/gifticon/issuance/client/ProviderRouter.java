package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.giftishow.GiftishowClient;
import io.gifticon.providers.giftishow.GiftishowCodes;
import io.gifticon.providers.giftishow.GiftishowCouponStatus;
import io.gifticon.providers.giftishow.GiftishowDelivery;
import io.gifticon.providers.giftishow.GiftishowSendRequest;
import io.gifticon.providers.giftletter.GiftLetterClient;
import io.gifticon.providers.giftletter.GiftLetterCodes;
import io.gifticon.providers.giftletter.GiftLetterCouponStatus;
import io.gifticon.providers.giftletter.GiftLetterSendRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Routes a coupon's calls to the provider its product belongs to ({@code giftishow:…}, {@code giftletter:…}) and
 * turns the provider's answers into ours. Our transaction id is Giftishow's tr_id and GiftLetter's co_tid.
 */
@ApplicationScoped
public class ProviderRouter {
    private static final String GIFTISHOW = GiftishowCodes.PROVIDER;
    private static final String GIFTLETTER = GiftLetterCodes.PROVIDER;

    private final GiftishowClient giftishow;
    private final GiftLetterClient giftletter;

    public ProviderRouter(GiftishowClient giftishow, GiftLetterClient giftletter) {
        this.giftishow = giftishow;
        this.giftletter = giftletter;
    }

    /** Checks the coupon against the provider's own rules before anything is stored or sent. */
    public void validate(CouponEntity coupon, Instant now) {
        if (GIFTISHOW.equals(coupon.provider)) {
            giftishowRequest(coupon).validate(now);
        } else if (GIFTLETTER.equals(coupon.provider)) {
            // giftletter-b2c.txt §3.1: SendEPin sends the PIN by message and returns it; no barcode image, no
            // scheduled send
            if ("BARCODE_IMAGE".equals(coupon.delivery)) {
                throw invalid("GiftLetter does not return barcode images: use delivery MMS or PIN");
            }
            if (coupon.scheduledAt != null) {
                throw invalid("GiftLetter has no scheduled send: leave scheduledAt out");
            }
            giftLetterRequest(coupon).validate();
        } else {
            throw unsupported(coupon.provider, "issuing coupons");
        }
    }

    public Uni<SentCoupon> send(CouponEntity coupon) {
        return switch (provider(coupon)) {
            case GIFTISHOW -> giftishow.send(giftishowRequest(coupon))
                    .map(r -> new SentCoupon(r.orderNo(), r.pinNo(), r.couponImgUrl()));
            // giftletter-b2c.txt §3.2: epin and order_id (needed for every later call)
            default -> giftletter.sendEPin(giftLetterRequest(coupon))
                    .map(r -> new SentCoupon(r.orderId(), r.epin(), null));
        };
    }

    /**
     * Whether a send without an answer can be resolved by a later call. Giftishow: yes, cancel with the same tr_id
     * (giftishow-biz-api.txt §8). GiftLetter: only with its order id, which only the lost reply carried
     * (giftletter-b2c.txt §4.1/§5.1 take order_id; nothing looks a PIN up by our co_tid).
     */
    public boolean canResolveLostSend(CouponEntity coupon) {
        return GIFTISHOW.equals(coupon.provider)
                || GIFTLETTER.equals(coupon.provider) && coupon.providerOrderNo != null;
    }

    /** Cancels the coupon; "already cancelled" counts as cancelled. */
    public Uni<String> cancel(CouponEntity coupon) {
        return switch (provider(coupon)) {
            // giftishow-biz-api.txt §6: by our tr_id
            case GIFTISHOW -> giftishow.cancel(coupon.providerTransactionId).map(Enum::name);
            // giftletter-b2c.txt §4: CancelSendEPin by GiftLetter's order_id
            default -> giftletter.cancel(requireOrderId(coupon)).map(Enum::name);
        };
    }

    /** The provider's view of the coupon now. */
    public Uni<ProviderCouponState> status(CouponEntity coupon) {
        return switch (provider(coupon)) {
            // giftishow-biz-api.txt §5: 0201 by tr_id
            case GIFTISHOW -> giftishow.couponStatus(coupon.providerTransactionId).map(ProviderRouter::state);
            // giftletter-b2c.txt §5: StatusSendEPin by order_id; use Y/N/C
            default -> giftletter.status(requireOrderId(coupon)).map(ProviderRouter::state);
        };
    }

    /** Sends the coupon message again, on the recipient's request only. */
    public Uni<Void> resend(CouponEntity coupon, boolean sms) {
        return switch (provider(coupon)) {
            // giftishow-biz-api.txt §7: 0203, sms_flag
            case GIFTISHOW -> giftishow.resend(coupon.providerTransactionId, sms);
            // giftletter-b2c.txt §6: ReSendSMS, send_type D (the only type) whatever channel was asked for
            default -> giftletter.resendSms(requireOrderId(coupon), null);
        };
    }

    private static ProviderCouponState state(GiftishowCouponStatus s) {
        String words = s.pinStatusCode() + " " + s.pinStatusName();
        if (s.isExchanged()) {
            return new ProviderCouponState(ProviderCouponState.State.REDEEMED, words);
        }
        if (s.isCancelled()) {
            return new ProviderCouponState(ProviderCouponState.State.CANCELLED, words);
        }
        if (s.isExpired()) {
            return new ProviderCouponState(ProviderCouponState.State.EXPIRED, words);
        }
        return new ProviderCouponState(ProviderCouponState.State.UNUSED, words);
    }

    private static ProviderCouponState state(GiftLetterCouponStatus s) {
        String words = "use=" + s.use() + (s.useDate() == null || s.useDate().isBlank() ? "" : " " + s.useDate())
                + (s.branchName() == null || s.branchName().isBlank() ? "" : " " + s.branchName());
        if (s.isUsed()) {
            return new ProviderCouponState(ProviderCouponState.State.REDEEMED, words);
        }
        if (s.isCancelled()) {
            return new ProviderCouponState(ProviderCouponState.State.CANCELLED, words);
        }
        return new ProviderCouponState(ProviderCouponState.State.UNUSED, words);
    }

    private static String provider(CouponEntity coupon) {
        if (GIFTISHOW.equals(coupon.provider) || GIFTLETTER.equals(coupon.provider)) {
            return coupon.provider;
        }
        throw unsupported(coupon.provider, "coupons");
    }

    private static String requireOrderId(CouponEntity coupon) {
        if (coupon.providerOrderNo == null) {
            throw new ProviderException(new ProviderError(ErrorCode.NOT_FOUND, GIFTLETTER, null,
                    "no GiftLetter order id is known for this coupon"));
        }
        return coupon.providerOrderNo;
    }

    private static ProviderException unsupported(String provider, String what) {
        return new ProviderException(new ProviderError(ErrorCode.UNSUPPORTED, provider, null,
                what + " through " + provider + " is not supported yet"));
    }

    private static ProviderException invalid(String message) {
        return new ProviderException(new ProviderError(ErrorCode.INVALID_REQUEST, GIFTLETTER, null, message));
    }

    private static GiftishowSendRequest giftishowRequest(CouponEntity coupon) {
        return new GiftishowSendRequest(coupon.providerTransactionId, coupon.providerGoodsCode,
                coupon.recipientPhone, coupon.senderPhone, coupon.title, coupon.message,
                GiftishowDelivery.valueOf(coupon.delivery), coupon.scheduledAt, null);
    }

    private static GiftLetterSendRequest giftLetterRequest(CouponEntity coupon) {
        // §3.1: mdn is the recipient, receive_tel the number shown as sender (회신번호), co_tid ours (≤ 30)
        return new GiftLetterSendRequest(coupon.providerGoodsCode, coupon.title, coupon.message,
                coupon.recipientPhone, coupon.senderPhone, coupon.providerTransactionId, null);
    }
}
