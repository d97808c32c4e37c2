package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.settlement.DiscrepancyEntity;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Opens discrepancies (once per kind and reference) with their {@code discrepancy.detected} event; call inside a transaction. */
@ApplicationScoped
public class Discrepancies {
    public static final String BALANCE_DRIFT = "BALANCE_DRIFT";
    public static final String UNKNOWN_PIN = "UNKNOWN_PIN";
    public static final String REDEEMED_AFTER_CANCEL = "REDEEMED_AFTER_CANCEL";
    /** Issuance could not find out whether the provider issued a coupon ({@code coupon.unresolvable}). */
    public static final String UNRESOLVABLE_SEND = "UNRESOLVABLE_SEND";

    /** Opens one, or does nothing when this kind and reference is already known; emits true when opened. */
    public Uni<Boolean> open(String provider, String kind, String reference, Long amount, String detail) {
        return DiscrepancyEntity.count("kind = ?1 and reference = ?2", kind, reference)
                .chain(existing -> {
                    if (existing > 0) {
                        return Uni.createFrom().item(false);
                    }
                    DiscrepancyEntity d = new DiscrepancyEntity();
                    d.provider = provider;
                    d.kind = kind;
                    d.reference = reference;
                    d.amount = amount;
                    d.detail = detail;
                    d.status = "OPEN";
                    d.openedAt = Instant.now();
                    return d.<DiscrepancyEntity>persistAndFlush()
                            .chain(saved -> SettlementEvents.outboxRow(
                                            SettlementEventType.DISCREPANCY_DETECTED,
                                            "discrepancy:" + saved.id,
                                            new SettlementEventData.DiscrepancyDetected(
                                                    saved.id,
                                                    provider,
                                                    kind,
                                                    reference,
                                                    amount,
                                                    detail,
                                                    saved.openedAt),
                                            saved.openedAt)
                                    .persist())
                            .replaceWith(true);
                });
    }
}
