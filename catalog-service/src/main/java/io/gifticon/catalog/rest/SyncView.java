package io.gifticon.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.catalog.SyncProviderEntity;
import io.gifticon.catalog.SyncRunEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A sync run's progress or outcome, per provider. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncView(
        UUID syncId,
        String trigger,
        String requested,
        String status,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        List<ProviderProgress> providers) {

    /** One provider's progress in the run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProviderProgress(
            String provider,
            String status,
            int pages,
            int products,
            int added,
            int changed,
            int discontinued,
            int suspended,
            int rowsWritten,
            List<String> errors,
            Long durationMs) {}

    /** The run with its provider rows; a step still going on lasts until {@code now}. */
    public static SyncView of(SyncRunEntity run, List<SyncProviderEntity> rows, Instant now) {
        return new SyncView(
                run.id,
                run.trigger,
                run.requested,
                run.status,
                run.startedAt,
                run.finishedAt,
                duration(run.startedAt, run.finishedAt, now),
                rows.stream()
                        .filter(r -> r.runId.equals(run.id))
                        .map(r -> new ProviderProgress(
                                r.provider,
                                r.status,
                                r.pages,
                                r.products,
                                r.added,
                                r.changed,
                                r.discontinued,
                                r.suspended,
                                r.rowsWritten,
                                r.errors == null ? null : Arrays.asList(r.errors.split("\n")),
                                duration(r.startedAt, r.finishedAt, now)))
                        .toList());
    }

    private static Long duration(Instant from, Instant to, Instant now) {
        if (from == null) {
            return null;
        }
        return Duration.between(from, to == null ? now : to).toMillis();
    }
}
