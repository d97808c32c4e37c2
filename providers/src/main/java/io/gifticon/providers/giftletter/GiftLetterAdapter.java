package io.gifticon.providers.giftletter;

import io.gifticon.providers.CatalogFields;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException.FieldProblem;
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
import io.gifticon.providers.spi.Redemption;
import io.gifticon.providers.spi.RedemptionLogSource;
import io.gifticon.providers.spi.ResendChannel;
import io.gifticon.providers.spi.Unsupported;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GiftLetter behind the SPI, over {@link GiftLetterClient}. Coupons are identified by GiftLetter's order_id (from the
 * send's reply); our transaction id is its co_tid. SendEPin texts the PIN and returns it: delivery MMS or PIN, no
 * barcode image, no scheduled send.
 */
@ApplicationScoped
public class GiftLetterAdapter implements CatalogSource, CouponIssuer, RedemptionLogSource {
    private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(
            Capability.CATALOG_BY_BRAND,
            Capability.ISSUE,
            Capability.CANCEL,
            Capability.STATUS,
            Capability.RESEND,
            Capability.REDEMPTION_LOG));

    /** The §3.1 fields as {@link IssueCouponRequest}'s, to name what {@link #validate} finds. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of(
            "goods_id", "productCode",
            "title", "title",
            "content", "message",
            "mdn", "recipientPhone",
            "receive_tel", "senderPhone",
            "co_tid", "transactionId");

    private final GiftLetterClient client;
    private final int detailConcurrency;

    public GiftLetterAdapter(GiftLetterClient client, GiftLetterConfig config) {
        this.client = client;
        this.detailConcurrency = Math.max(1, config.catalogDetailConcurrency());
    }

    @Override
    public String provider() {
        return GiftLetterCodes.PROVIDER;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Uni<CatalogPage> products(int page, int size) {
        // giftletter-b2c.txt §7: products are listed per brand, the brand ids being handed over separately
        return Unsupported.operation(provider(), "a paged full catalogue (products are listed per brand)");
    }

    /**
     * getGoodsInfoList (§7.1) completed product by product by getGoodsInfo (§8.2: our cost and the validity are
     * only there), {@code providers.giftletter.catalog-detail-concurrency} calls at a time.
     */
    @Override
    public Uni<List<CatalogProduct>> productsOfBrand(String brandCode) {
        return client.goodsList(brandCode)
                .chain(list -> Multi.createFrom()
                        .iterable(list)
                        .filter(g -> g.goodsId() != null && !g.goodsId().isBlank())
                        .onItem()
                        .transformToUni(g -> client.goodsInfo(g.goodsId()).map(info -> product(brandCode, g, info)))
                        .merge(detailConcurrency)
                        .collect()
                        .asList());
    }

    /**
     * giftletter-b2c.txt §7.1 (list: PRICE market price, STATUS Y/N) completed by §8.2 (SPRICE 납품가; EXDATE days
     * or a date); the raw record holds both replies.
     */
    static CatalogProduct product(String brandId, GiftLetterGoods listed, GiftLetterGoodsInfo info) {
        long consumer = info.price() != null ? info.price() : listed.price() == null ? 0 : listed.price();
        long cost = info.supplyPrice() != null ? info.supplyPrice() : consumer;
        Integer days = null;
        LocalDate until = null;
        String exdate = info.exdate() == null ? null : info.exdate().trim();
        if (exdate != null && !exdate.isEmpty()) {
            if (exdate.chars().allMatch(Character::isDigit) && exdate.length() <= 4) {
                days = CatalogFields.integer(exdate);
            } else {
                until = CatalogFields.date(exdate);
            }
        }
        boolean available = listed.available() && (info.status() == null || info.available());
        String name = info.goodsName() != null && !info.goodsName().isBlank() ? info.goodsName() : listed.goodsName();
        String brandName =
                info.brandName() != null && !info.brandName().isBlank() ? info.brandName() : listed.brandName();
        String image = listed.imgUrl() != null ? listed.imgUrl() : info.imgUrl();
        return new CatalogProduct(
                GiftLetterCodes.PROVIDER,
                listed.goodsId(),
                name,
                brandId,
                brandName,
                consumer,
                cost,
                image,
                available,
                null,
                days,
                until,
                null,
                null,
                CatalogFields.json(new Raw(listed, info)));
    }

    /** GiftLetter's two replies about one product, kept together as its raw record. */
    record Raw(GiftLetterGoods list, GiftLetterGoodsInfo info) {}

    @Override
    public Uni<List<CatalogBrand>> brands() {
        return Unsupported.operation(provider(), "a brand list (brand ids are handed over by GiftLetter)");
    }

    /**
     * giftletter-b2c.txt §3.1: SendEPin sends the PIN by message and returns it — no barcode image, no scheduled
     * send — and every Varchar(n) is n bytes of UTF-8.
     */
    @Override
    public List<FieldProblem> validate(IssueCouponRequest request, Instant now) {
        if (request.delivery() == IssueCouponRequest.Delivery.BARCODE_IMAGE) {
            return List.of(
                    new FieldProblem("delivery", "GiftLetter does not return barcode images: use delivery MMS or PIN"));
        }
        if (request.scheduledAt() != null) {
            return List.of(new FieldProblem("scheduledAt", "GiftLetter has no scheduled send: leave scheduledAt out"));
        }
        return HttpFailures.renamed(send(request).problems(), REQUEST_FIELDS);
    }

    /** §3.2: epin and order_id (needed for every later call). */
    @Override
    public Uni<IssuedCoupon> issue(IssueCouponRequest request) {
        if (request.delivery() == IssueCouponRequest.Delivery.BARCODE_IMAGE || request.scheduledAt() != null) {
            // SendEPin would text the PIN now, which is not what was asked
            return Uni.createFrom().failure(HttpFailures.invalidFields(provider(), validate(request, null)));
        }
        return client.sendEPin(send(request))
                .map(r -> new IssuedCoupon(provider(), request.transactionId(), r.orderId(), r.epin()));
    }

    /**
     * Only with its order id, which only the lost reply carried: cancel (§4.1) and status (§5.1) take order_id and
     * nothing finds a PIN by our co_tid.
     */
    @Override
    public boolean canFindLostSend(CouponRef coupon) {
        return coupon != null && coupon.providerOrderId() != null;
    }

    @Override
    public Uni<CancelOutcome> cancel(CouponRef coupon) {
        return client.cancel(orderId(coupon))
                .map(r -> r == GiftLetterCancelResult.ALREADY_CANCELLED
                        ? CancelOutcome.ALREADY_CANCELLED
                        : CancelOutcome.CANCELLED);
    }

    @Override
    public Uni<CouponState> status(CouponRef coupon) {
        return client.status(orderId(coupon))
                .map(s -> new CouponState(
                        s.isUsed()
                                ? CouponState.State.REDEEMED
                                : s.isUnused()
                                        ? CouponState.State.ISSUED
                                        : s.isCancelled() ? CouponState.State.CANCELLED : CouponState.State.OTHER,
                        s.use(),
                        blankToNull(s.useDate()),
                        blankToNull(s.branchName())));
    }

    /** ReSendSMS (§6), send_type D, the only type: whatever channel was asked for. */
    @Override
    public Uni<Void> resend(CouponRef coupon, ResendChannel channel) {
        if (coupon == null || coupon.providerOrderId() == null) {
            throw new ProviderException(new ProviderError(
                    ErrorCode.NOT_FOUND, provider(), null, "no GiftLetter order id is known for this coupon"));
        }
        return client.resendSms(coupon.providerOrderId(), null);
    }

    @Override
    public Uni<List<Redemption>> redemptions(LocalDate day) {
        return client.exchangeLog(day)
                .map(log -> log.redemptions().stream()
                        .map(r -> new Redemption(provider(), r.pin(), r.date(), r.redeemedAt(), r.branch()))
                        .toList());
    }

    /** §3.1: mdn is the recipient, receive_tel the number shown as sender (회신번호), co_tid ours (≤ 30). */
    private static GiftLetterSendRequest send(IssueCouponRequest request) {
        return new GiftLetterSendRequest(
                request.productCode(),
                request.title(),
                request.message(),
                request.recipientPhone(),
                request.senderPhone(),
                request.transactionId(),
                null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String orderId(CouponRef coupon) {
        if (coupon == null || coupon.providerOrderId() == null) {
            throw new ProviderException(new ProviderError(
                    ErrorCode.INVALID_REQUEST, provider(), null, "GiftLetter identifies coupons by its order_id"));
        }
        return coupon.providerOrderId();
    }
}
