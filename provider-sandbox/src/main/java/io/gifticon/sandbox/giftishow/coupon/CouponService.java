package io.gifticon.sandbox.giftishow.coupon;

import io.gifticon.sandbox.Masking;
import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import io.gifticon.sandbox.giftishow.catalog.GiftishowCatalog;
import io.gifticon.sandbox.giftishow.catalog.Goods;
import io.gifticon.sandbox.giftishow.config.GiftishowConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The coupon use cases of the simulated Giftishow account: send, cancel, resend, look-up, and the sandbox's own controls. */
@ApplicationScoped
public class CouponService {

    private final CouponLedger ledger;
    private final GiftishowCatalog catalog;
    private final GiftishowConfig config;
    private final Clock clock;

    public CouponService(CouponLedger ledger, GiftishowCatalog catalog, GiftishowConfig config, Clock clock) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.config = config;
        this.clock = clock;
    }

    /** Issues a coupon (api_code 0204) and debits the product's discountPrice from bizmoney. */
    public IssuedCoupon send(SendCommand command) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (ledger.contains(command.trId())) {
            // giftishow-biz-api.txt §8: a repeated tr_id is refused before anything else is looked at
            throw new GiftishowException(GiftishowCode.ERR0215);
        }
        if (command.scheduledAt() != null
                && (command.scheduledAt().isBefore(now.plusMinutes(5))
                        || command.scheduledAt().isAfter(now.plusDays(90)))) {
            // giftishow-biz-api.txt 부록 1 COUPON.0014: scheduled send 5 minutes to 90 days ahead
            throw new GiftishowException(GiftishowCode.COUPON_0014);
        }
        Goods goods =
                catalog.goods(command.goodsCode()).orElseThrow(() -> new GiftishowException(GiftishowCode.COUPON_0011));
        if (!goods.onSale()) {
            // goodsStateCd SUS (giftishow-biz-api.txt §1): the product cannot be ordered
            throw new GiftishowException(GiftishowCode.ERR0401);
        }
        IssuedCoupon coupon = ledger.issue(
                command.trId(),
                goods.discountPrice(),
                now.toLocalDate(),
                numbers -> newCoupon(command, goods, numbers, now));
        Log.infof(
                "giftishow send tr_id=%s goods=%s gubun=%s phone=%s orderNo=%s price=%d",
                command.trId(),
                goods.goodsCode(),
                command.gubun().code(),
                Masking.phone(command.phoneNo()),
                coupon.order().orderNo(),
                goods.discountPrice());
        return coupon;
    }

    /** Cancels a coupon (api_code 0202) and credits its price back. */
    public IssuedCoupon cancel(String trId) {
        LocalDateTime now = LocalDateTime.now(clock);
        IssuedCoupon cancelled = ledger.update(trId, coupon -> coupon.cancelled(now))
                .orElseThrow(() -> new GiftishowException(GiftishowCode.COUPON_0004));
        Log.infof(
                "giftishow cancel tr_id=%s orderNo=%s refunded=%d",
                trId, cancelled.order().orderNo(), cancelled.order().price());
        return cancelled;
    }

    /** Sends the coupon message again (api_code 0203), by SMS or MMS. */
    public IssuedCoupon resend(String trId, boolean sms) {
        LocalDateTime now = LocalDateTime.now(clock);
        IssuedCoupon resent = ledger.update(trId, coupon -> coupon.resent(now))
                .orElseThrow(() -> new GiftishowException(GiftishowCode.ERR0212));
        Log.infof(
                "giftishow resend tr_id=%s by %s to %s",
                trId, sms ? "SMS" : "MMS", Masking.phone(resent.order().phoneNo()));
        return resent;
    }

    /** The coupon for a tr_id (api_code 0201). */
    public IssuedCoupon coupon(String trId) {
        return ledger.find(trId).orElseThrow(() -> new GiftishowException(GiftishowCode.COUPON_0004));
    }

    /** The bizmoney balance (api_code 0301). */
    public long balance() {
        return ledger.balance();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- sandbox controls, not part of the provider's API ---

    public Optional<IssuedCoupon> find(String trId) {
        return ledger.find(trId);
    }

    /** Every coupon the account issued since start-up or the last reset, cancelled ones included. */
    public List<IssuedCoupon> all() {
        return ledger.all();
    }

    public Optional<IssuedCoupon> findByOrderNo(String orderNo) {
        return ledger.findByOrderNo(orderNo);
    }

    /** Marks the coupon exchanged at a shop, as the provider would after a redemption. */
    public Optional<IssuedCoupon> redeem(String trId) {
        LocalDateTime now = now();
        return ledger.update(trId, coupon -> coupon.redeemed(now));
    }

    /** Marks the coupon expired. */
    public Optional<IssuedCoupon> expire(String trId) {
        LocalDateTime now = now();
        return ledger.update(trId, coupon -> coupon.expired(now));
    }

    /** Moves the coupon's issue time {@code days} into the past. */
    public Optional<IssuedCoupon> backdate(String trId, int days) {
        return ledger.update(trId, coupon -> coupon.backdated(days));
    }

    public void setBalance(long balance) {
        ledger.setBalance(balance);
        Log.infof("giftishow bizmoney set to %d by the control API", balance);
    }

    private IssuedCoupon newCoupon(
            SendCommand command, Goods goods, CouponLedger.IssueNumbers numbers, LocalDateTime now) {
        String imageUrl = command.gubun() == Gubun.IMAGE
                ? baseUrl() + "/giftishow/Resource/coupon/" + numbers.orderNo() + ".svg"
                : null;
        CouponOrder order = new CouponOrder(
                command.trId(),
                numbers.orderNo(),
                numbers.pinNo(),
                numbers.sendBasicCd(),
                command.gubun(),
                goods.goodsCode(),
                goods.goodsName(),
                goods.brand().brandName(),
                goods.brand().mmsThumbImg(),
                goods.salePrice(),
                goods.discountPrice(),
                command.phoneNo(),
                command.callbackNo(),
                command.mmsTitle(),
                command.mmsMsg(),
                command.clientOrderNo(),
                command.templateId(),
                command.bannerId(),
                command.scheduledAt(),
                imageUrl);
        return new IssuedCoupon(
                order,
                now,
                validUntil(goods, command.scheduledAt() != null ? command.scheduledAt() : now),
                PinStatus.ISSUED,
                now,
                0);
    }

    private static LocalDateTime validUntil(Goods goods, LocalDateTime sentAt) {
        if (Goods.VALID_UNTIL_DATE.equals(goods.validPrdTypeCd()) && goods.validPrdDay() != null) {
            return LocalDate.parse(goods.validPrdDay(), DateTimeFormatter.BASIC_ISO_DATE)
                    .atTime(LocalTime.of(23, 59, 59));
        }
        return sentAt.toLocalDate().plusDays(goods.limitDay()).atTime(LocalTime.of(23, 59, 59));
    }

    private String baseUrl() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
