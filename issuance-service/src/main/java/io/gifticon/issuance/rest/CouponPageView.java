package io.gifticon.issuance.rest;

import java.util.List;

/** One page of coupons with the total that match. */
public record CouponPageView(List<CouponView> items, int page, int size, long total) {}
