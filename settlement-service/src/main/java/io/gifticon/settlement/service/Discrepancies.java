package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.settlement.DiscrepancyEntity;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.settlement.repository.DiscrepancyRepository;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Discrepancies: opened (once per kind and reference) with their {@code discrepancy.detected} event inside the
 * caller's transaction, listed, and resolved by an operator.
 */
@ApplicationScoped
public class Discrepancies {
    private final java.time.Clock clock;

    public static final String BALANCE_DRIFT = "BALANCE_DRIFT";
    public static final String UNKNOWN_PIN = "UNKNOWN_PIN";
    public static final String REDEEMED_AFTER_CANCEL = "REDEEMED_AFTER_CANCEL";
    /** Issuance could not find out whether the provider issued a coupon ({@code coupon.unresolvable}). */
    public static final String UNRESOLVABLE_SEND = "UNRESOLVABLE_SEND";

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";
    /** Listed at most, newest first. */
    static final int MAX_LISTED = 500;

    private final DiscrepancyRepository discrepancies;

    public Discrepancies(DiscrepancyRepository discrepancies, java.time.Clock clock) {
        this.clock = clock;
        this.discrepancies = discrepancies;
    }

    /** Opens one, or does nothing when this kind and reference is already known; emits true when opened. */
    public Uni<Boolean> open(String provider, String kind, String reference, Long amount, String detail) {
        return discrepancies.exists(kind, reference).chain(existing -> {
            if (existing) {
                return Uni.createFrom().item(false);
            }
            DiscrepancyEntity d = new DiscrepancyEntity();
            d.provider = provider;
            d.kind = kind;
            d.reference = reference;
            d.amount = amount;
            d.detail = detail;
            d.status = OPEN;
            d.openedAt = clock.instant();
            return discrepancies
                    .persistAndFlush(d)
                    .chain(saved -> SettlementEvents.outboxRow(
                                    SettlementEventType.DISCREPANCY_DETECTED,
                                    "discrepancy:" + saved.id,
                                    new SettlementEventData.DiscrepancyDetected(
                                            saved.id, provider, kind, reference, amount, detail, saved.openedAt),
                                    saved.openedAt)
                            .persist())
                    .replaceWith(true);
        });
    }

    /** Newest first, at most {@value #MAX_LISTED}; {@code status} (OPEN, RESOLVED) and {@code provider} when given. */
    public Uni<List<DiscrepancyEntity>> list(String status, String provider) {
        return Panache.withSession(() -> discrepancies.newestFirst(status, provider, MAX_LISTED));
    }

    /** Closes an open discrepancy with the operator's note; 404 when there is none, 409 when it is resolved. */
    public Uni<DiscrepancyEntity> resolve(long id, String note) {
        return Panache.withTransaction(() -> discrepancies.findById(id).map(d -> {
            if (d == null) {
                throw new DomainException(ErrorCode.NOT_FOUND, "no discrepancy " + id);
            }
            if (!OPEN.equals(d.status)) {
                throw new DomainException(ErrorCode.CONFLICT, "discrepancy " + id + " was resolved at " + d.resolvedAt);
            }
            d.status = RESOLVED;
            d.resolvedAt = clock.instant();
            d.resolutionNote = note;
            return d;
        }));
    }
}
