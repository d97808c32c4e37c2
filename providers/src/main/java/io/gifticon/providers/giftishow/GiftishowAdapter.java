package io.gifticon.providers.giftishow;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.spi.BalanceSource;
import io.gifticon.providers.spi.CancelOutcome;
import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.CatalogBrand;
import io.gifticon.providers.spi.CatalogPage;
import io.gifticon.providers.spi.CatalogProduct;
import io.gifticon.providers.spi.CatalogSource;
import io.gifticon.providers.spi.CouponIssuer;
import io.gifticon.providers.spi.CouponRef;
import io.gifticon.providers.spi.CouponState;
import io.gifticon.providers.spi.IssueCouponRequest;
import io.gifticon.providers.spi.IssuedCoupon;
import io.gifticon.providers.spi.Unsupported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Giftishow Biz behind the SPI, over {@link GiftishowClient} (so with its fault tolerance). Issues with gubun N:
 * Giftishow sends the MMS itself; callers that need the PIN use {@link GiftishowClient#send} directly.
 */
@ApplicationScoped
public class GiftishowAdapter implements CatalogSource, CouponIssuer, BalanceSource {
    private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.CATALOG_PAGES,
            Capability.BRANDS, Capability.ISSUE, Capability.CANCEL, Capability.STATUS, Capability.RESEND,
            Capability.BALANCE));

    private final GiftishowClient client;

    public GiftishowAdapter(GiftishowClient client) {
        this.client = client;
    }

    @Override
    public String provider() {
        return GiftishowCodes.PROVIDER;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Uni<CatalogPage> products(int page, int size) {
        return client.goods(page, size).map(p -> new CatalogPage(p.start(), p.size(), p.total(),
                p.items().stream().map(GiftishowAdapter::product).toList()));
    }

    @Override
    public Uni<List<CatalogProduct>> productsOfBrand(String brandCode) {
        // giftishow-biz-api.txt 부록 2.3: no per-brand or category query; filter the stored full list instead
        return Unsupported.operation(provider(), "products of one brand (no such API; page the full list)");
    }

    @Override
    public Uni<List<CatalogBrand>> brands() {
        return client.brands().map(list -> list.brands().stream()
                .map(b -> new CatalogBrand(provider(), b.brandCode(), b.brandName(), b.brandIconImg())).toList());
    }

    @Override
    public Uni<IssuedCoupon> issue(IssueCouponRequest request) {
        GiftishowSendRequest send = new GiftishowSendRequest(request.transactionId(), request.productCode(),
                request.recipientPhone(), request.senderPhone(), request.title(), request.message(),
                GiftishowDelivery.MMS, null, null);
        return client.send(send).map(r -> new IssuedCoupon(provider(), request.transactionId(), r.orderNo(),
                r.pinNo()));
    }

    @Override
    public Uni<CancelOutcome> cancel(CouponRef coupon) {
        return client.cancel(trId(coupon)).map(r -> r == GiftishowCancelResult.ALREADY_CANCELLED
                ? CancelOutcome.ALREADY_CANCELLED : CancelOutcome.CANCELLED);
    }

    @Override
    public Uni<CouponState> status(CouponRef coupon) {
        return client.couponStatus(trId(coupon)).map(s -> new CouponState(state(s), s.pinStatusCode(), null, null));
    }

    @Override
    public Uni<Void> resend(CouponRef coupon) {
        return client.resend(trId(coupon), false);
    }

    @Override
    public Uni<Long> balance() {
        return client.bizmoney();
    }

    private static CatalogProduct product(GiftishowGoods g) {
        return new CatalogProduct(GiftishowCodes.PROVIDER, g.goodsCode(), g.goodsName(), g.brandCode(),
                g.brandName(), g.salePrice(), g.discountPrice(), g.goodsImgB() != null ? g.goodsImgB()
                        : g.goodsImgS(), g.onSale());
    }

    private static CouponState.State state(GiftishowCouponStatus s) {
        if (s.isIssued()) {
            return CouponState.State.ISSUED;
        }
        if (s.isExchanged()) {
            return CouponState.State.REDEEMED;
        }
        if (s.isCancelled()) {
            return CouponState.State.CANCELLED;
        }
        return s.isExpired() ? CouponState.State.EXPIRED : CouponState.State.OTHER;
    }

    private String trId(CouponRef coupon) {
        if (coupon == null || coupon.transactionId() == null) {
            throw new ProviderException(new ProviderError(ErrorCode.INVALID_REQUEST, provider(), null,
                    "Giftishow identifies coupons by our transaction id (tr_id)"));
        }
        return coupon.transactionId();
    }
}
