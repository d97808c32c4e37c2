package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException;
import io.gifticon.providers.ProviderValidationException.FieldProblem;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Routes a coupon's calls to the provider its product belongs to ({@code <provider>:<goods code>}), through the
 * provider's {@link CouponIssuer} from {@link ProviderCapabilities}: a provider is whatever adapter says it issues,
 * cancels, reports status or resends, no name is known here. Our transaction id is the coupon's id at the provider
 * when it takes ours (e.g. a tr_id or co_tid); the order number from the send's answer identifies it otherwise.
 */
@ApplicationScoped
public class ProviderRouter {
    /** The SPI request's components that our API calls otherwise; every other one has our API's name. */
    private static final Map<String, String> API_FIELDS = Map.of("productCode", "productId");

    private final ProviderCapabilities capabilities;

    public ProviderRouter(ProviderCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** The providers whose sends may end without an answer: every one that issues. */
    public List<String> issuingProviders() {
        return capabilities.providers().stream()
                .filter(p -> capabilities.supports(p, Capability.ISSUE))
                .toList();
    }

    /**
     * Checks the coupon against the provider's own rules ({@link CouponIssuer#validate}) before anything is stored or
     * sent. Throws a {@link ProviderValidationException} whose problems name our API's fields; a provider that cannot
     * issue (e.g. one whose send is not specified, or no such provider) is a 422 problem {@code PRODUCT_NOT_ISSUABLE}.
     */
    public void validate(CouponEntity coupon, Instant now) {
        if (!capabilities.supports(coupon.provider, Capability.ISSUE)) {
            // the client asked for a product that cannot be issued here, which is not a missing feature of our
            // server (501) but an unservable request
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
        List<FieldProblem> problems = issuer(coupon, Capability.ISSUE).validate(request(coupon), now);
        if (!problems.isEmpty()) {
            throw new ProviderValidationException(
                    coupon.provider,
                    problems.stream()
                            .map(p -> new FieldProblem(API_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                            .toList());
        }
    }

    /** Sends the coupon as it asks: its delivery, its scheduled send; the PIN and barcode image if returned. */
    public Uni<SentCoupon> send(CouponEntity coupon) {
        return issuer(coupon, Capability.ISSUE)
                .issue(request(coupon))
                .map(r -> new SentCoupon(r.providerOrderId(), r.pin(), r.imageUrl()));
    }

    /**
     * Whether a send without an answer can be resolved by a later cancel that finds the coupon with what we know of
     * it ({@link CouponIssuer#canFindLostSend}): e.g. by our transaction id, or only by an order id which only the
     * lost answer carried.
     */
    public boolean canResolveLostSend(CouponEntity coupon) {
        return capabilities.supports(coupon.provider, Capability.CANCEL)
                && capabilities
                        .issuer(coupon.provider)
                        .map(issuer -> issuer.canFindLostSend(reference(coupon)))
                        .orElse(false);
    }

    /** Cancels the coupon; "already cancelled" counts as cancelled. */
    public Uni<String> cancel(CouponEntity coupon) {
        return issuer(coupon, Capability.CANCEL).cancel(reference(coupon)).map(Enum::name);
    }

    /** The provider's view of the coupon now. */
    public Uni<ProviderCouponState> status(CouponEntity coupon) {
        return issuer(coupon, Capability.STATUS).status(reference(coupon)).map(ProviderRouter::state);
    }

    /** Sends the coupon message again by {@code channel} ({@code MMS} or {@code SMS}), on the recipient's request. */
    public Uni<Void> resend(CouponEntity coupon, String channel) {
        return issuer(coupon, Capability.RESEND).resend(reference(coupon), ResendChannel.valueOf(channel));
    }

    /** What every provider may identify the coupon by: our transaction id, its order number (no PIN: encrypted). */
    static CouponRef reference(CouponEntity coupon) {
        return new CouponRef(coupon.providerTransactionId, coupon.providerOrderNo, coupon.providerGoodsCode, null);
    }

    /** The coupon as the SPI carries it; the phone numbers are digits (as stored). */
    static IssueCouponRequest request(CouponEntity coupon) {
        return new IssueCouponRequest(
                coupon.providerTransactionId,
                coupon.providerGoodsCode,
                coupon.recipientPhone,
                coupon.senderPhone,
                coupon.title,
                coupon.message,
                coupon.delivery == null ? null : IssueCouponRequest.Delivery.valueOf(coupon.delivery),
                coupon.scheduledAt);
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
