package io.gifticon.settlement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that does not add up (balance drift, unknown PIN, redemption of a cancelled coupon). */
@Entity
@Table(name = "discrepancy")
public class DiscrepancyEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String provider;
    public String kind;
    public String reference;
    public Long amount;
    public String detail;
    public String status;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;
}
