package io.gifticon.settlement.repository;

import io.gifticon.settlement.LedgerCouponEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The coupons the ledger knows, by coupon id (set-based work on them: {@link StatusSweepRepository}, {@link RedemptionMatcher}). */
@ApplicationScoped
public class LedgerCouponRepository implements PanacheRepositoryBase<LedgerCouponEntity, String> {}
