package io.gifticon.sandbox.pbt.transaction;

import java.util.List;

/** A coupon offered to the cashier: its id, name, discount on this order and the item codes it exchanges. */
public record PbtCoupon(String couponId, String couponName, int discount, List<String> itemCodes) {}
