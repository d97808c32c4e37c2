package io.gifticon.providers.giftishow;

import io.gifticon.providers.CatalogFields;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException.FieldProblem;
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
import io.gifticon.providers.spi.ResendChannel;
import io.gifticon.providers.spi.Unsupported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Giftishow Biz behind the SPI, over {@link GiftishowClient} (so with its fault tolerance). Issues with the gubun of
 * the request's delivery (N: Giftishow sends the MMS, Y: the PIN, I: the PIN and a barcode image) and its scheduled
 * send (rev_info_*); coupons are identified by our transaction id, its tr_id.
 */
@ApplicationScoped
public class GiftishowAdapter implements CatalogSource, CouponIssuer, BalanceSource {
    private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(
            Capability.CATALOG_PAGES,
            Capability.BRANDS,
            Capability.ISSUE,
            Capability.CANCEL,
            Capability.STATUS,
            Capability.RESEND,
            Capability.BALANCE));

    /** The §8 fields as {@link IssueCouponRequest}'s, to name what {@link #validate} finds. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of(
            "tr_id", "transactionId",
            "goods_code", "productCode",
            "phone_no", "recipientPhone",
            "callback_no", "senderPhone",
            "mms_title", "title",
            "mms_msg", "message",
            "gubun", "delivery",
            "scheduled", "scheduledAt");

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
        return client.goods(page, size).map(p -> {
            List<CatalogProduct> items = new ArrayList<>();
            for (int i = 0; i < p.items().size(); i++) {
                GiftishowGoods goods = p.items().get(i);
                if (goods.goodsCode() != null) {
                    // the position in 0101's listing: the only order the API exposes
                    items.add(product(goods, (page - 1) * size + i + 1));
                }
            }
            return new CatalogPage(p.start(), p.size(), p.total(), items);
        });
    }

    @Override
    public Uni<List<CatalogProduct>> productsOfBrand(String brandCode) {
        // giftishow-biz-api.txt 부록 2.3: no per-brand or category query; filter the stored full list instead
        return Unsupported.operation(provider(), "products of one brand (no such API; page the full list)");
    }

    @Override
    public Uni<List<CatalogBrand>> brands() {
        return client.brands()
                .map(list -> list.brands().stream()
                        .filter(b -> b.brandCode() != null)
                        .map(b -> new CatalogBrand(
                                provider(), b.brandCode(), b.brandName(), b.brandIconImg(), b.category1Name()))
                        .toList());
    }

    /** giftishow-biz-api.txt §8: tr_id, mms_title ≤ 10 characters, numbers, schedule 5 minutes – 90 days ahead. */
    @Override
    public List<FieldProblem> validate(IssueCouponRequest request, Instant now) {
        return HttpFailures.renamed(send(request).problems(now), REQUEST_FIELDS);
    }

    @Override
    public Uni<IssuedCoupon> issue(IssueCouponRequest request) {
        return client.send(send(request))
                .map(r -> new IssuedCoupon(
                        provider(), request.transactionId(), r.orderNo(), r.pinNo(), r.couponImgUrl()));
    }

    /** giftishow-biz-api.txt §8: a send without an answer is cancelled with the same tr_id, which is ours. */
    @Override
    public boolean canFindLostSend(CouponRef coupon) {
        return coupon != null && coupon.transactionId() != null;
    }

    @Override
    public Uni<CancelOutcome> cancel(CouponRef coupon) {
        return client.cancel(trId(coupon))
                .map(r -> r == GiftishowCancelResult.ALREADY_CANCELLED
                        ? CancelOutcome.ALREADY_CANCELLED
                        : CancelOutcome.CANCELLED);
    }

    @Override
    public Uni<CouponState> status(CouponRef coupon) {
        return client.couponStatus(trId(coupon))
                .map(s -> new CouponState(state(s), s.pinStatusCode(), null, null, validUntil(s.validUntil())));
    }

    /** giftishow-biz-api.txt §5.5: validPrdEndDt, {@code yyyyMMddHHmmss}; null when missing or unreadable. */
    static java.time.LocalDateTime validUntil(String validPrdEndDt) {
        if (validPrdEndDt == null || validPrdEndDt.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(
                    validPrdEndDt.strip(), java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** giftishow-biz-api.txt §7 (0203): sms_flag Y = SMS, N = MMS. */
    @Override
    public Uni<Void> resend(CouponRef coupon, ResendChannel channel) {
        return client.resend(trId(coupon), channel == ResendChannel.SMS);
    }

    @Override
    public Uni<Long> balance() {
        return client.bizmoney();
    }

    /**
     * giftishow-biz-api.txt §1.5: salePrice is the consumer price, discountPrice what we pay (else realPrice, else
     * the consumer price); goodsStateCd SALE/SUS; validPrdTypeCd 01 = limitDay days, 02 = until validPrdDay
     * (yyyyMMdd).
     */
    static CatalogProduct product(GiftishowGoods g, int rank) {
        long consumer = g.salePrice() == null ? 0 : g.salePrice();
        long cost = g.discountPrice() != null ? g.discountPrice() : g.realPrice() != null ? g.realPrice() : consumer;
        boolean until = "02".equals(g.validPrdTypeCd());
        return new CatalogProduct(
                GiftishowCodes.PROVIDER,
                g.goodsCode(),
                g.goodsName(),
                g.brandCode(),
                g.brandName(),
                consumer,
                cost,
                g.goodsImgB() != null ? g.goodsImgB() : g.goodsImgS(),
                g.onSale(),
                g.goodsTypeDtlNm(),
                until ? null : CatalogFields.integer(g.limitDay()),
                until ? CatalogFields.date(g.validPrdDay()) : null,
                g.srchKeyword(),
                rank,
                CatalogFields.json(g));
    }

    private static GiftishowSendRequest send(IssueCouponRequest request) {
        return new GiftishowSendRequest(
                request.transactionId(),
                request.productCode(),
                request.recipientPhone(),
                request.senderPhone(),
                request.title(),
                request.message(),
                delivery(request.delivery()),
                request.scheduledAt(),
                null);
    }

    /** §8 gubun: N MMS by Giftishow, Y the PIN, I the PIN and a barcode image. */
    private static GiftishowDelivery delivery(IssueCouponRequest.Delivery delivery) {
        if (delivery == null) {
            return null;
        }
        return switch (delivery) {
            case MMS -> GiftishowDelivery.MMS;
            case PIN -> GiftishowDelivery.PIN;
            case BARCODE_IMAGE -> GiftishowDelivery.BARCODE_IMAGE;
        };
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
            throw new ProviderException(new ProviderError(
                    ErrorCode.INVALID_REQUEST,
                    provider(),
                    null,
                    "Giftishow identifies coupons by our transaction id (tr_id)"));
        }
        return coupon.transactionId();
    }
}
