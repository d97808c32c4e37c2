package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException;
import io.gifticon.providers.giftletter.GiftLetterClient;
import io.gifticon.providers.giftletter.GiftLetterCodes;
import io.gifticon.providers.giftletter.GiftLetterSendRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * GiftLetter's send as our API offers it: its byte limits checked before anything is stored, no barcode image and
 * no scheduled send; our transaction id is its co_tid, its order_id (from the send's reply) names the coupon later.
 */
@ApplicationScoped
class GiftLetterSendProfile implements SendProfile {
    private final GiftLetterClient giftletter;

    GiftLetterSendProfile(GiftLetterClient giftletter) {
        this.giftletter = giftletter;
    }

    @Override
    public String provider() {
        return GiftLetterCodes.PROVIDER;
    }

    @Override
    public void validate(CouponEntity coupon, Instant now) {
        // giftletter-b2c.txt §3.1: SendEPin sends the PIN by message and returns it; no barcode image, no
        // scheduled send
        if ("BARCODE_IMAGE".equals(coupon.delivery)) {
            throw invalid("delivery", "GiftLetter does not return barcode images: use delivery MMS or PIN");
        }
        if (coupon.scheduledAt != null) {
            throw invalid("scheduledAt", "GiftLetter has no scheduled send: leave scheduledAt out");
        }
        request(coupon).validate();
    }

    /** giftletter-b2c.txt §3.2: epin and order_id (needed for every later call). */
    @Override
    public Uni<SentCoupon> send(CouponEntity coupon) {
        return giftletter.sendEPin(request(coupon)).map(r -> new SentCoupon(r.orderId(), r.epin(), null));
    }

    /** giftletter-b2c.txt §6: ReSendSMS, send_type D (the only type) whatever channel was asked for. */
    @Override
    public Uni<Void> resend(CouponEntity coupon, boolean sms) {
        return giftletter.resendSms(requireOrderId(coupon), null);
    }

    /**
     * Only with its order id, which only the lost reply carried (giftletter-b2c.txt §4.1/§5.1 take order_id;
     * nothing looks a PIN up by our co_tid).
     */
    @Override
    public boolean canResolveLostSend(CouponEntity coupon) {
        return coupon.providerOrderNo != null;
    }

    private static String requireOrderId(CouponEntity coupon) {
        if (coupon.providerOrderNo == null) {
            throw new ProviderException(new ProviderError(
                    ErrorCode.NOT_FOUND,
                    GiftLetterCodes.PROVIDER,
                    null,
                    "no GiftLetter order id is known for this coupon"));
        }
        return coupon.providerOrderNo;
    }

    private static ProviderValidationException invalid(String field, String message) {
        return new ProviderValidationException(
                GiftLetterCodes.PROVIDER, List.of(new ProviderValidationException.FieldProblem(field, message)));
    }

    private static GiftLetterSendRequest request(CouponEntity coupon) {
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
