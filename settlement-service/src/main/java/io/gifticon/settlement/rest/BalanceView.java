package io.gifticon.settlement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.settlement.BalanceSnapshotEntity;
import java.time.Instant;

/** A provider's last observed balance, the expected one, and the drift between them (won). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceView(String provider, long observed, Long expected, Long drift, Instant observedAt) {

    public static BalanceView of(BalanceSnapshotEntity s) {
        return new BalanceView(
                s.provider, s.observed, s.expected, s.expected == null ? null : s.observed - s.expected, s.observedAt);
    }
}
