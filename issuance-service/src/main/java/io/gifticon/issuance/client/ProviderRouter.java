package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException;
import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.CouponIssuer;
import io.gifticon.providers.spi.CouponRef;
import io.gifticon.providers.spi.CouponState;
import io.gifticon.providers.spi.IssueCouponRequest;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.providers.spi.ResendChannel;
import io.gifticon.web.DomainException;
import io.gifticon.web.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a coupon's calls to the provider its product belongs to ({@code <provider>:<goods code>}), through the
 * provider's {@link CouponIssuer} from {@link ProviderCapabilities}: a provider is whatever adapter says it issues,
 * cancels, reports status or resends, no name is known here. Where our API offers more than the SPI carries
 * (delivery modes, scheduled sends, resend channel, checks before storing), the provider's {@link SendProfile} adds
 * it. Our transaction id is the coupon's id at the provider when it takes ours (Giftishow tr_id, GiftLetter co_tid).
 */
@ApplicationScoped
public class ProviderRouter {
    private final ProviderCapabilities capabilities;
    private final Map<String, SendProfile> profiles = new HashMap<>();

    public ProviderRouter(ProviderCapabilities capabilities, Instance<SendProfile> profiles) {
        this.capabilities = capabilities;
        for (SendProfile profile : profiles) {
            this.profiles.put(profile.provider(), profile);
        }
    }

    /** The provider's field names as our API's, so that a refusal names the field the client sent. */
    private static final Map<String, String> API_FIELDS = Map.ofEntries(
            Map.entry("mms_title", "title"),
            Map.entry("mms_msg", "message"),
            Map.entry("callback_no", "senderPhone"),
            Map.entry("phone_no", "recipientPhone"),
            Map.entry("title", "title"),
            Map.entry("content", "message"),
            Map.entry("mdn", "recipientPhone"),
            Map.entry("receive_tel", "senderPhone"),
            Map.entry("scheduled", "scheduledAt"),
            Map.entry("goods_code", "productId"),
            Map.entry("goods_id", "productId"),
            Map.entry("gubun", "delivery"));

    /** The providers whose sends may end without an answer: every one that issues. */
    public List<String> issuingProviders() {
        return capabilities.providers().stream()
                .filter(p -> capabilities.supports(p, Capability.ISSUE))
                .toList();
    }

    /**
     * Checks the coupon against the provider's own rules before anything is stored or sent. Throws a
     * {@link ProviderValidationException} whose problems name our API's fields; a provider that cannot issue (COUFUN:
     * only its cancel is specified; or no such provider) is a 422 problem {@code PRODUCT_NOT_ISSUABLE}.
     */
    public void validate(CouponEntity coupon, Instant now) {
        if (!capabilities.supports(coupon.provider, Capability.ISSUE)) {
            // coufun-result-codes.md names a send but does not specify it: the client asked for a product that
            // cannot be issued here, which is not a missing feature of our server (501) but an unservable request
            throw new DomainException(
                    io.gifticon.web.ErrorCode.PRODUCT_NOT_ISSUABLE,
                    "Products of " + coupon.provider
                            + " cannot be issued through the platform (only cancels are "
                            + "available for that provider)",
                    Map.of(
                            "provider",
                            coupon.provider,
                            "errors",
                            List.of(new Problem.FieldError(
                                    "productId", "provider " + coupon.provider + " cannot issue coupons"))));
        }
        SendProfile profile = profiles.get(coupon.provider);
        if (profile == null) {
            return;
        }
        try {
            profile.validate(coupon, now);
        } catch (ProviderValidationException e) {
            throw new ProviderValidationException(
                    e.error().provider(),
                    e.problems().stream()
                            .map(p -> new ProviderValidationException.FieldProblem(
                                    API_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                            .toList());
        }
    }

    public Uni<SentCoupon> send(CouponEntity coupon) {
        CouponIssuer issuer = issuer(coupon, Capability.ISSUE);
        SendProfile profile = profiles.get(coupon.provider);
        if (profile != null) {
            return profile.send(coupon);
        }
        return issuer.issue(new IssueCouponRequest(
                        coupon.providerTransactionId,
                        coupon.providerGoodsCode,
                        coupon.recipientPhone,
                        coupon.senderPhone,
                        coupon.title,
                        coupon.message))
                .map(r -> new SentCoupon(r.providerOrderId(), r.pin(), null));
    }

    /**
     * Whether a send without an answer can be resolved by a later call: by a cancel that finds the coupon with what
     * we know of it (Giftishow: the same tr_id, giftishow-biz-api.txt §8; GiftLetter: only its order id, which only
     * the lost reply carried).
     */
    public boolean canResolveLostSend(CouponEntity coupon) {
        SendProfile profile = profiles.get(coupon.provider);
        return profile != null
                ? profile.canResolveLostSend(coupon)
                : capabilities.supports(coupon.provider, Capability.CANCEL);
    }

    /** Cancels the coupon; "already cancelled" counts as cancelled. */
    public Uni<String> cancel(CouponEntity coupon) {
        return issuer(coupon, Capability.CANCEL).cancel(reference(coupon)).map(Enum::name);
    }

    /** The provider's view of the coupon now. */
    public Uni<ProviderCouponState> status(CouponEntity coupon) {
        return issuer(coupon, Capability.STATUS).status(reference(coupon)).map(ProviderRouter::state);
    }

    /** Sends the coupon message again, on the recipient's request only. */
    public Uni<Void> resend(CouponEntity coupon, boolean sms) {
        CouponIssuer issuer = issuer(coupon, Capability.RESEND);
        SendProfile profile = profiles.get(coupon.provider);
        return profile != null
                ? profile.resend(coupon, sms)
                : issuer.resend(reference(coupon), sms ? ResendChannel.SMS : ResendChannel.MMS);
    }

    /** What every provider may identify the coupon by: our transaction id, its order number (no PIN: encrypted). */
    static CouponRef reference(CouponEntity coupon) {
        return new CouponRef(coupon.providerTransactionId, coupon.providerOrderNo, coupon.providerGoodsCode, null);
    }

    private static ProviderCouponState state(CouponState s) {
        String words = s.providerStatus()
                + (s.usedAt() == null ? "" : " " + s.usedAt())
                + (s.branch() == null ? "" : " " + s.branch());
        ProviderCouponState.State state = switch (s.state()) {
            case REDEEMED -> ProviderCouponState.State.REDEEMED;
            case CANCELLED -> ProviderCouponState.State.CANCELLED;
            case EXPIRED -> ProviderCouponState.State.EXPIRED;
            case ISSUED, OTHER -> ProviderCouponState.State.UNUSED;
        };
        return new ProviderCouponState(state, words);
    }

    private CouponIssuer issuer(CouponEntity coupon, Capability capability) {
        if (!capabilities.supports(coupon.provider, capability)) {
            throw unsupported(coupon.provider, "coupons");
        }
        return capabilities.issuer(coupon.provider).orElseThrow(() -> unsupported(coupon.provider, "coupons"));
    }

    private static ProviderException unsupported(String provider, String what) {
        return new ProviderException(new ProviderError(
                ErrorCode.UNSUPPORTED, provider, null, what + " through " + provider + " is not supported yet"));
    }
}
