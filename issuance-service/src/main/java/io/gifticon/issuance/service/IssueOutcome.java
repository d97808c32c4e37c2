package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;

/**
 * The coupon after an issue request, the PIN to show in the reply (if any), and whether this was a replay of an
 * earlier request with the same idempotency key.
 */
public record IssueOutcome(CouponEntity coupon, String pin, boolean replay) {}
