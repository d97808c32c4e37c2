package io.gifticon.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored step of a coupon's lifecycle. */
@Entity
@Table(name = "coupon_transition")
public class CouponTransitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "coupon_id")
    public UUID couponId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CouponStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CouponStatus toStatus;

    public String reason;
    public Instant at;
}
