package io.gifticon.settlement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A coupon as the ledger knows it: what it cost and its state. */
@Entity
@Table(name = "ledger_coupon")
public class LedgerCouponEntity extends PanacheEntityBase {
    @Id
    @Column(name = "coupon_id")
    public String couponId;

    public String provider;

    @Column(name = "product_id")
    public String productId;

    public Long cost;

    @Column(name = "pin_hash")
    public String pinHash;

    public String status;
    /** Our transaction id at the provider (Giftishow tr_id), from coupon.issued. */
    @Column(name = "provider_transaction_id")
    public String providerTransactionId;

    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;

    @Column(name = "provider_status")
    public String providerStatus;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "redeemed_at")
    public Instant redeemedAt;

    @Column(name = "expired_at")
    public Instant expiredAt;
}
