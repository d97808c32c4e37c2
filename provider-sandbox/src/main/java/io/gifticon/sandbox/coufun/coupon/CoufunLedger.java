package io.gifticon.sandbox.coufun.coupon;

import io.gifticon.sandbox.ClockProducer;
import io.gifticon.sandbox.control.Resettable;
import io.gifticon.sandbox.coufun.CoufunCode;
import io.gifticon.sandbox.coufun.CoufunException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The COUFUN coupons the sandbox knows, by barcode, and the cancel rules. */
@ApplicationScoped
public class CoufunLedger implements Resettable {

    private final Map<String, CoufunCoupon> byBarcode = new ConcurrentHashMap<>();
    private final Clock clock;

    public CoufunLedger(Clock clock) {
        this.clock = clock;
    }

    /** Registers a coupon issued elsewhere; empty when the barcode is already known. */
    public Optional<CoufunCoupon> register(String goodsId, String barcode) {
        CoufunCoupon coupon = new CoufunCoupon(goodsId, barcode, now());
        return byBarcode.putIfAbsent(barcode, coupon) == null ? Optional.of(coupon) : Optional.empty();
    }

    /** coufunPartCancel: unknown barcode 16, other product 10, used 17, cancelled 18, expired 04. */
    public CoufunCoupon cancel(String goodsId, String barcode) {
        CoufunCoupon coupon = find(barcode).orElseThrow(() -> new CoufunException(CoufunCode.BARCODE));
        if (!coupon.goodsId().equals(goodsId)) {
            throw new CoufunException(CoufunCode.GOODS_INFO);
        }
        synchronized (coupon) {
            switch (coupon.state()) {
                case USED -> throw new CoufunException(CoufunCode.USED);
                case CANCELLED -> throw new CoufunException(CoufunCode.CANCELLED);
                case EXPIRED -> throw new CoufunException(CoufunCode.EXPIRED);
                case ISSUED -> coupon.moveTo(CoufunCouponState.CANCELLED, now());
            }
        }
        Log.infof("coufun coupon goods=%s barcode=%s cancelled", goodsId, barcode);
        return coupon;
    }

    /** Control API: used at a shop or expired; {@link IllegalStateException} unless issued. */
    public Optional<CoufunCoupon> moveTo(String barcode, CoufunCouponState next) {
        Optional<CoufunCoupon> coupon = find(barcode);
        coupon.ifPresent(c -> {
            synchronized (c) {
                if (c.state() != CoufunCouponState.ISSUED) {
                    throw new IllegalStateException("coupon " + barcode + " is " + c.state() + ", not ISSUED");
                }
                c.moveTo(next, now());
            }
        });
        return coupon;
    }

    public Optional<CoufunCoupon> find(String barcode) {
        return barcode == null ? Optional.empty() : Optional.ofNullable(byBarcode.get(barcode));
    }

    public List<CoufunCoupon> all() {
        return List.copyOf(byBarcode.values());
    }

    @Override
    public void reset() {
        byBarcode.clear();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(ClockProducer.SEOUL);
    }
}
