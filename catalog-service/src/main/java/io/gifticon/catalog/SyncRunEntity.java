package io.gifticon.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One catalog sync run; at most one RUNNING row exists (unique partial index). */
@Entity
@Table(name = "sync_run")
public class SyncRunEntity {
    public static final String RUNNING = "RUNNING";

    @Id
    public UUID id;

    public String trigger;
    public String requested;
    public String status;

    @Column(name = "schedule_key")
    public String scheduleKey;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
