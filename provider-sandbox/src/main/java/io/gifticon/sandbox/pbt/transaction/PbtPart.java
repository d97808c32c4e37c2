package io.gifticon.sandbox.pbt.transaction;

import io.gifticon.sandbox.pbt.SupportMode;
import java.util.List;

/**
 * The part of a transaction one popup connection handles (one supportMode): what was requested and what the
 * cashier approved. PENDING (popup open) → APPROVED (result sent to the POS) or ABORTED (user cancel / timeout);
 * APPROVED → CONFIRMED or RELEASED (confirm with Y / N) → CANCELLED (order cancel).
 */
public final class PbtPart {

    public enum State {
        PENDING,
        APPROVED,
        ABORTED,
        CONFIRMED,
        RELEASED,
        CANCELLED
    }

    private final SupportMode mode;
    private final Integer payAmount;
    private final List<PbtItem> items;
    private State state = State.PENDING;
    private String member;
    private int pointRedeem;
    private int pointEarn;
    private int couponDiscountPrice;
    private List<String> couponItemCodes = List.of();
    private String couponId;
    private String couponName;
    private int prepaidPayPrice;

    PbtPart(SupportMode mode, Integer payAmount, List<PbtItem> items) {
        this.mode = mode;
        this.payAmount = payAmount;
        this.items = List.copyOf(items);
    }

    public SupportMode mode() {
        return mode;
    }

    public Integer payAmount() {
        return payAmount;
    }

    public List<PbtItem> items() {
        return items;
    }

    public int orderTotal() {
        return items.stream().mapToInt(PbtItem::total).sum();
    }

    public synchronized State state() {
        return state;
    }

    synchronized void state(State next) {
        state = next;
    }

    public synchronized String member() {
        return member;
    }

    public synchronized int pointRedeem() {
        return pointRedeem;
    }

    public synchronized int pointEarn() {
        return pointEarn;
    }

    public synchronized int couponDiscountPrice() {
        return couponDiscountPrice;
    }

    public synchronized List<String> couponItemCodes() {
        return couponItemCodes;
    }

    public synchronized String couponId() {
        return couponId;
    }

    public synchronized String couponName() {
        return couponName;
    }

    public synchronized int prepaidPayPrice() {
        return prepaidPayPrice;
    }

    synchronized void approvePoints(String member, int redeem, int earn) {
        this.member = member;
        this.pointRedeem = redeem;
        this.pointEarn = earn;
        state = State.APPROVED;
    }

    synchronized void approveCoupon(String member, PbtCoupon coupon) {
        this.member = member;
        this.couponId = coupon.couponId();
        this.couponName = coupon.couponName();
        this.couponDiscountPrice = coupon.discount();
        this.couponItemCodes = coupon.itemCodes();
        state = State.APPROVED;
    }

    synchronized void approvePrepaid(String card, int amount) {
        this.member = card;
        this.prepaidPayPrice = amount;
        state = State.APPROVED;
    }
}
