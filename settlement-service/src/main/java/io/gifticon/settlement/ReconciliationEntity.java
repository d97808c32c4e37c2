package io.gifticon.settlement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One bizmoney reconciliation run and its outcome. */
@Entity
@Table(name = "reconciliation")
public class ReconciliationEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    public String provider;

    @Column(name = "business_date")
    public LocalDate businessDate;

    public String status;
    public Long observed;
    public Long expected;
    public Long drift;
    public String error;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
