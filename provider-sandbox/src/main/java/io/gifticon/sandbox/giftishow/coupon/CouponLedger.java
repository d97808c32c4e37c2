package io.gifticon.sandbox.giftishow.coupon;

import io.gifticon.sandbox.control.Resettable;
import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import io.gifticon.sandbox.giftishow.config.GiftishowConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The simulated account's state: issued coupons by tr_id and the bizmoney balance. Changes that touch both
 * (issue, cancel) happen under one lock so that a coupon and its money never disagree.
 */
@ApplicationScoped
public class CouponLedger implements Resettable {

    /** Numbers the provider assigns to a new coupon. */
    public record IssueNumbers(String orderNo, String pinNo, String sendBasicCd) {}

    private final GiftishowConfig config;
    private final Map<String, IssuedCoupon> coupons = new ConcurrentHashMap<>();
    private final Set<String> pins = new HashSet<>();
    private long balance;
    private final Random pinRandom;
    private long orderSequence;

    public CouponLedger(GiftishowConfig config) {
        this.config = config;
        this.pinRandom = new Random(config.seed());
        this.balance = config.initialBalance();
    }

    /**
     * Forgets every coupon and restores the initial balance. The orderNo sequence and the PIN generator keep
     * going, so that clients which keep their own records across resets never see a number twice.
     */
    @Override
    public synchronized void reset() {
        coupons.clear();
        balance = config.initialBalance();
    }

    /**
     * Issues a coupon for {@code trId} and debits {@code price}; refuses a known tr_id (ERR0215) and a short
     * balance (E0010) without changing anything.
     */
    public synchronized IssuedCoupon issue(
            String trId, int price, LocalDate today, Function<IssueNumbers, IssuedCoupon> coupon) {
        if (coupons.containsKey(trId)) {
            // giftishow-biz-api.txt §8: tr_id must be unique
            throw new GiftishowException(GiftishowCode.ERR0215);
        }
        if (balance < price) {
            // giftishow-biz-api.txt §9: no bizmoney, no send
            throw new GiftishowException(GiftishowCode.E0010);
        }
        IssuedCoupon issued = coupon.apply(nextNumbers(today));
        balance -= price;
        coupons.put(trId, issued);
        return issued;
    }

    /** Applies {@code change} to a coupon; when it becomes cancelled, credits its price back to the balance. */
    public synchronized Optional<IssuedCoupon> update(String trId, UnaryOperator<IssuedCoupon> change) {
        IssuedCoupon current = coupons.get(trId);
        if (current == null) {
            return Optional.empty();
        }
        IssuedCoupon changed = change.apply(current);
        if (current.status() != PinStatus.CANCELLED && changed.status() == PinStatus.CANCELLED) {
            balance += current.order().price();
        }
        coupons.put(trId, changed);
        return Optional.of(changed);
    }

    public boolean contains(String trId) {
        return coupons.containsKey(trId);
    }

    public Optional<IssuedCoupon> find(String trId) {
        return Optional.ofNullable(coupons.get(trId));
    }

    /** Every coupon issued since start-up or the last reset, in no particular order. */
    public List<IssuedCoupon> all() {
        return List.copyOf(coupons.values());
    }

    public Optional<IssuedCoupon> findByOrderNo(String orderNo) {
        return coupons.values().stream()
                .filter(c -> c.order().orderNo().equals(orderNo))
                .findFirst();
    }

    public synchronized long balance() {
        return balance;
    }

    public synchronized void setBalance(long newBalance) {
        balance = newBalance;
    }

    private IssueNumbers nextNumbers(LocalDate today) {
        orderSequence++;
        // giftishow-biz-api.txt §8.5: orderNo like 20190716000323 (date + sequence, 14 digits)
        String orderNo =
                today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", orderSequence % 1_000_000);
        String pin;
        do {
            // giftishow-biz-api.txt §8.5: pinNo like 900343630367 (12 digits)
            pin = "9" + String.format("%011d", (long) (pinRandom.nextDouble() * 100_000_000_000L));
        } while (!pins.add(pin));
        String sendBasicCd = orderNo + String.format("%08d", orderSequence);
        return new IssueNumbers(orderNo, pin, sendBasicCd);
    }
}
