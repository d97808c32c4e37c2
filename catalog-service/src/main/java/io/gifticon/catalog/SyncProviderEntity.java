package io.gifticon.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Progress and outcome of one provider within a sync run. */
@Entity
@Table(name = "sync_provider")
@IdClass(SyncProviderEntity.Key.class)
public class SyncProviderEntity {
    @Id
    @Column(name = "run_id")
    public UUID runId;

    @Id
    public String provider;

    public String status;
    public int pages;
    public int products;
    public int added;
    public int changed;
    public int discontinued;
    public int suspended;

    @Column(name = "rows_written")
    public int rowsWritten;

    public String errors;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public void addError(String error) {
        errors = errors == null ? error : errors + "\n" + error;
    }

    /** Composite id. */
    public static class Key implements Serializable {
        public UUID runId;
        public String provider;

        public Key() {}

        public Key(UUID runId, String provider) {
            this.runId = runId;
            this.provider = provider;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(runId, k.runId) && Objects.equals(provider, k.provider);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, provider);
        }
    }
}
