package io.gifticon.issuance.fakeprov;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider that exists only in the tests, registered through the SPI like any adapter (a CDI bean implementing
 * {@link CouponIssuer}): issuance checks, sends, cancels and asks the status of its coupons without any code knowing
 * its name. Issues every coupon with a PIN of its own; has no scheduled send; finds a lost send by our transaction
 * id; a test says what status a coupon has.
 */
@ApplicationScoped
public class FakeIssuer implements CouponIssuer {
    public static final String ID = "fakeprov";

    private final List<IssueCouponRequest> issued = new CopyOnWriteArrayList<>();
    private final List<CouponRef> cancelled = new CopyOnWriteArrayList<>();
    private final Map<String, CouponState.State> states = new ConcurrentHashMap<>();

    /** The sends it received, in order. */
    public List<IssueCouponRequest> issued() {
        return List.copyOf(issued);
    }

    /** The cancels it received, in order. */
    public List<CouponRef> cancelled() {
        return List.copyOf(cancelled);
    }

    /** What {@link #status} answers for the coupon of our transaction id {@code transactionId}. */
    public void reports(String transactionId, CouponState.State state) {
        states.put(transactionId, state);
    }

    @Override
    public String provider() {
        return ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.ISSUE, Capability.CANCEL, Capability.STATUS);
    }

    @Override
    public List<FieldProblem> validate(IssueCouponRequest request, Instant now) {
        return request.scheduledAt() == null
                ? List.of()
                : List.of(new FieldProblem("scheduledAt", "fakeprov has no scheduled send"));
    }

    @Override
    public Uni<IssuedCoupon> issue(IssueCouponRequest request) {
        issued.add(request);
        return Uni.createFrom()
                .item(new IssuedCoupon(
                        ID, request.transactionId(), "F-" + request.transactionId(), "9999000011112222"));
    }

    @Override
    public boolean canFindLostSend(CouponRef coupon) {
        return coupon.transactionId() != null;
    }

    @Override
    public Uni<CancelOutcome> cancel(CouponRef coupon) {
        cancelled.add(coupon);
        return Uni.createFrom().item(CancelOutcome.CANCELLED);
    }

    @Override
    public Uni<CouponState> status(CouponRef coupon) {
        CouponState.State state = states.getOrDefault(coupon.transactionId(), CouponState.State.ISSUED);
        return Uni.createFrom().item(new CouponState(state, state.name(), null, null));
    }

    @Override
    public Uni<Void> resend(CouponRef coupon, ResendChannel channel) {
        return Unsupported.operation(ID, "resend");
    }
}
