package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException;
import io.gifticon.providers.giftishow.GiftishowClient;
import io.gifticon.providers.giftishow.GiftishowCodes;
import io.gifticon.providers.giftishow.GiftishowCouponStatus;
import io.gifticon.providers.giftishow.GiftishowDelivery;
import io.gifticon.providers.giftishow.GiftishowSendRequest;
import io.gifticon.providers.giftletter.GiftLetterClient;
import io.gifticon.providers.giftletter.GiftLetterCodes;
import io.gifticon.providers.giftletter.GiftLetterCouponStatus;
import io.gifticon.providers.giftletter.GiftLetterSendRequest;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
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

    /** The provider's field names as our API's, so that a refusal names the field the client sent. */
    private static final java.util.Map<String, String> API_FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("mms_title", "title"), java.util.Map.entry("mms_msg", "message"),
            java.util.Map.entry("callback_no", "senderPhone"), java.util.Map.entry("phone_no", "recipientPhone"),
            java.util.Map.entry("title", "title"), java.util.Map.entry("content", "message"),
            java.util.Map.entry("mdn", "recipientPhone"), java.util.Map.entry("receive_tel", "senderPhone"),
            java.util.Map.entry("scheduled", "scheduledAt"), java.util.Map.entry("goods_code", "productId"),
            java.util.Map.entry("goods_id", "productId"), java.util.Map.entry("gubun", "delivery"));

    /**
     * Checks the coupon against the provider's own rules before anything is stored or sent. Throws a
     * {@link ProviderValidationException} whose problems name our API's fields; a provider that cannot issue
     * (COUFUN: only its cancel is specified) is a 422 problem {@code PRODUCT_NOT_ISSUABLE}.
     */
    public void validate(CouponEntity coupon, Instant now) {
        try {
            validateForProvider(coupon, now);
        } catch (ProviderValidationException e) {
            throw new ProviderValidationException(
                    e.error().provider(),
                    e.problems().stream()
                            .map(p -> new ProviderValidationException.FieldProblem(
                                    API_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                            .toList());
        }
    }

    private void validateForProvider(CouponEntity coupon, Instant now) {
        if (GIFTISHOW.equals(coupon.provider)) {
            giftishowRequest(coupon).validate(now);
        } else if (GIFTLETTER.equals(coupon.provider)) {
            // giftletter-b2c.txt §3.1: SendEPin sends the PIN by message and returns it; no barcode image, no
            // scheduled send
            if ("BARCODE_IMAGE".equals(coupon.delivery)) {
                throw invalid("delivery", "GiftLetter does not return barcode images: use delivery MMS or PIN");
            }
            if (coupon.scheduledAt != null) {
                throw invalid("scheduledAt", "GiftLetter has no scheduled send: leave scheduledAt out");
            }
            giftLetterRequest(coupon).validate();
        } else {
            // coufun-result-codes.md names a send but does not specify it: the client asked for a product that
            // cannot be issued here, which is not a missing feature of our server (501) but an unservable request
            throw new ProblemException(Problem.of(
                            422,
                            "PRODUCT_NOT_ISSUABLE",
                            "The product cannot be issued",
                            "Products of " + coupon.provider
                                    + " cannot be issued through the platform (only cancels are "
                                    + "available for that provider)")
                    .withRetryable(false)
                    .withProvider(coupon.provider, null, false)
                    .withErrors(java.util.List.of(new Problem.FieldError(
                            "productId", "provider " + coupon.provider + " cannot issue coupons"))));
        }
    }

    public Uni<SentCoupon> send(CouponEntity coupon) {
        return switch (provider(coupon)) {
            case GIFTISHOW ->
                giftishow
                        .send(giftishowRequest(coupon))
                        .map(r -> new SentCoupon(r.orderNo(), r.pinNo(), r.couponImgUrl()));
            // giftletter-b2c.txt §3.2: epin and order_id (needed for every later call)
            default ->
                giftletter.sendEPin(giftLetterRequest(coupon)).map(r -> new SentCoupon(r.orderId(), r.epin(), null));
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
            case GIFTISHOW ->
                giftishow.couponStatus(coupon.providerTransactionId).map(ProviderRouter::state);
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
            throw new ProviderException(new ProviderError(
                    ErrorCode.NOT_FOUND, GIFTLETTER, null, "no GiftLetter order id is known for this coupon"));
        }
        return coupon.providerOrderNo;
    }

    private static ProviderException unsupported(String provider, String what) {
        return new ProviderException(new ProviderError(
                ErrorCode.UNSUPPORTED, provider, null, what + " through " + provider + " is not supported yet"));
    }

    private static ProviderException invalid(String field, String message) {
        return new ProviderValidationException(
                GIFTLETTER, java.util.List.of(new ProviderValidationException.FieldProblem(field, message)));
    }

    private static GiftishowSendRequest giftishowRequest(CouponEntity coupon) {
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

    private static GiftLetterSendRequest giftLetterRequest(CouponEntity coupon) {
        // §3.1: mdn is the recipient, receive_tel the number shown as sender (회신번호), co_tid ours (≤ 30)
        return new GiftLetterSendRequest(
                coupon.providerGoodsCode,
                coupon.title,
                coupon.message,
                coupon.recipientPhone,
                coupon.senderPhone,
                coupon.providerTransactionId,
                null);
    }
}
