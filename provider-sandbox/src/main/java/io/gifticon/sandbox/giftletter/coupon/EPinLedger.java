package io.gifticon.sandbox.giftletter.coupon;

import io.gifticon.sandbox.ClockProducer;
import io.gifticon.sandbox.Masking;
import io.gifticon.sandbox.control.Resettable;
import io.gifticon.sandbox.giftletter.GiftLetterCode;
import io.gifticon.sandbox.giftletter.GiftLetterException;
import io.gifticon.sandbox.giftletter.catalog.GiftLetterCatalog;
import io.gifticon.sandbox.giftletter.catalog.GiftLetterGoods;
import io.gifticon.sandbox.giftletter.config.GiftLetterConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The PINs issued on the simulated GiftLetter account, by order_id and by co_tid, with the provider's rules. */
@ApplicationScoped
public class EPinLedger implements Resettable {

    /** Resends allowed per PIN before P301 (the document names the code, not the limit). */
    static final int MAX_RESENDS = 5;

    private static final DateTimeFormatter ORDER_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final Map<String, EPinCoupon> byOrderId = new ConcurrentHashMap<>();
    private final Map<String, EPinCoupon> byCoTid = new ConcurrentHashMap<>();
    private final Set<String> pins = ConcurrentHashMap.newKeySet();
    private final AtomicLong orderSequence = new AtomicLong();
    private final GiftLetterCatalog catalog;
    private final Clock clock;
    private final Random pinRandom;

    public EPinLedger(GiftLetterCatalog catalog, GiftLetterConfig config, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.pinRandom = new Random(config.seed());
    }

    /** SendEPin: co_tid unique (P101) before the product (A101), as the client's retry must see P101. */
    public synchronized EPinCoupon send(SendEPinCommand command) {
        if (byCoTid.containsKey(command.coTid())) {
            throw new GiftLetterException(GiftLetterCode.P101);
        }
        GiftLetterGoods goods = catalog.goods(command.goodsId())
                .filter(GiftLetterGoods::available)
                .orElseThrow(() -> new GiftLetterException(GiftLetterCode.A101));
        ZonedDateTime now = now();
        String orderId = "GL" + now.format(ORDER_DAY) + String.format("%06d", orderSequence.incrementAndGet());
        EPinCoupon coupon = new EPinCoupon(orderId, newPin(), goods, command, now);
        byOrderId.put(orderId, coupon);
        byCoTid.put(command.coTid(), coupon);
        Log.infof(
                "giftletter SendEPin co_tid=%s goods=%s mdn=%s order_id=%s",
                command.coTid(), goods.goodsId(), Masking.phone(command.mdn()), orderId);
        return coupon;
    }

    /** CancelSendEPin: unknown → the §4.2 example code, used → E201, already cancelled → E304. */
    public EPinCoupon cancel(String orderId) {
        EPinCoupon coupon =
                find(orderId).orElseThrow(() -> new GiftLetterException(GiftLetterCode.CANCEL_UNKNOWN_ORDER));
        synchronized (coupon) {
            switch (coupon.state()) {
                case USED -> throw new GiftLetterException(GiftLetterCode.E201);
                case CANCELLED -> throw new GiftLetterException(GiftLetterCode.E304);
                case UNUSED -> coupon.cancel(now());
            }
        }
        Log.infof("giftletter CancelSendEPin order_id=%s", orderId);
        return coupon;
    }

    public EPinCoupon status(String orderId) {
        return find(orderId).orElseThrow(() -> new GiftLetterException(GiftLetterCode.STATUS_UNKNOWN_ORDER));
    }

    /** ReSendSMS: only an unused PIN, at most {@link #MAX_RESENDS} times. */
    public EPinCoupon resend(String orderId) {
        EPinCoupon coupon = find(orderId).orElseThrow(() -> new GiftLetterException(GiftLetterCode.P102));
        synchronized (coupon) {
            switch (coupon.state()) {
                case USED -> throw new GiftLetterException(GiftLetterCode.E201);
                case CANCELLED -> throw new GiftLetterException(GiftLetterCode.E304);
                case UNUSED -> {
                    if (coupon.resendCount() >= MAX_RESENDS) {
                        throw new GiftLetterException(GiftLetterCode.P301);
                    }
                    coupon.resent();
                }
            }
        }
        return coupon;
    }

    /** The PIN exchanged at a branch (control API); 409-worthy {@link IllegalStateException} unless unused. */
    public Optional<EPinCoupon> use(String orderId, String branch, ZonedDateTime at) {
        Optional<EPinCoupon> coupon = find(orderId);
        coupon.ifPresent(c -> {
            String where = branch == null || branch.isBlank() ? defaultBranch(c) : branch;
            c.use(where, (at == null ? now() : at).withZoneSameInstant(ClockProducer.SEOUL));
            Log.infof("giftletter PIN of order_id=%s used at %s", orderId, where);
        });
        return coupon;
    }

    /** Redemptions of one Seoul day, by time of use (giftletter-b2c.txt §10). */
    public List<EPinCoupon> usedOn(LocalDate day) {
        return byOrderId.values().stream()
                .filter(c ->
                        c.state() == EPinState.USED && c.usedAt().toLocalDate().equals(day))
                .sorted(Comparator.comparing(EPinCoupon::usedAt).thenComparing(EPinCoupon::orderId))
                .toList();
    }

    public Optional<EPinCoupon> find(String orderId) {
        return orderId == null ? Optional.empty() : Optional.ofNullable(byOrderId.get(orderId));
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(ClockProducer.SEOUL);
    }

    /** Coupons go; order and PIN sequences keep counting so numbers stay unique across resets. */
    @Override
    public synchronized void reset() {
        byOrderId.clear();
        byCoTid.clear();
    }

    private static String defaultBranch(EPinCoupon coupon) {
        List<String> branches = coupon.goods().brand().branches();
        return branches.get(Math.floorMod(coupon.orderId().hashCode(), branches.size()));
    }

    private String newPin() {
        String pin;
        do {
            pin = "9105" + String.format("%08d", pinRandom.nextInt(100_000_000));
        } while (!pins.add(pin));
        return pin;
    }
}
