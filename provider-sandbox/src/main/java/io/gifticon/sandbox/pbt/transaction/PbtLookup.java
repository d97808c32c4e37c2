package io.gifticon.sandbox.pbt.transaction;

import java.util.List;

/**
 * What the popup shows after the cashier enters a phone number, a membership/coupon number or a gift card:
 * {@code kind} MEMBER, COUPON or GIFT_CARD, available points, gift card balance, coupons usable on this order.
 */
public record PbtLookup(String kind, String label, Integer points, Integer balance, List<PbtCoupon> coupons) {}
