package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.providers.ProviderError;

/** The coupon after a cancel request, and the provider's refusal if it refused. */
public record CancelOutcome(CouponEntity coupon, ProviderError refusal) {}
