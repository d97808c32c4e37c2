package io.gifticon.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider's prepaid balance as observed at one moment, with what our ledger expected. */
@Entity
@Table(name = "balance_snapshot")
public class BalanceSnapshotEntity extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String provider;
    public long observed;
    public Long expected;

    @Column(name = "observed_at")
    public Instant observedAt;
}
