package io.gifticon.settlement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a provider exchange log, keyed by the PIN hash (the PIN itself is never stored). */
@Entity
@Table(name = "redemption")
public class RedemptionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String provider;

    @Column(name = "pin_hash")
    public String pinHash;

    @Column(name = "pin_last4")
    public String pinLast4;

    @Column(name = "business_date")
    public LocalDate businessDate;

    @Column(name = "redeemed_at")
    public LocalDateTime redeemedAt;

    public String branch;

    @Column(name = "coupon_id")
    public String couponId;

    @Column(name = "imported_at")
    public Instant importedAt;
}
