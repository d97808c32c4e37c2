package io.gifticon.settlement.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gifticon.events.CouponEventType;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.settlement.LedgerCouponEntity;
import io.gifticon.settlement.LedgerEntryEntity;
import io.gifticon.settlement.messaging.CouponLedgerData;
import io.gifticon.settlement.repository.LedgerCouponRepository;
import io.gifticon.settlement.repository.LedgerEntryRepository;
import io.gifticon.settlement.repository.ProcessedEventRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The expected-cost ledger: issue debits the coupon's cost, cancel credits back what the issue debited, failures
 * cost nothing, redeemed/expired are state facts. Idempotent by event id (processed_event, same transaction).
 */
@ApplicationScoped
public class LedgerService {
    private final java.time.Clock clock;

    private static final Logger LOG = Logger.getLogger(LedgerService.class);
    public static final String ISSUE = "ISSUE";
    public static final String CANCEL = "CANCEL";
    private final CostResolver costs;
    private final Discrepancies discrepancies;
    private final ProcessedEventRepository processed;
    private final LedgerCouponRepository coupons;
    private final LedgerEntryRepository entries;

    private final Counter foreign;

    public LedgerService(
            CostResolver costs,
            Discrepancies discrepancies,
            ProcessedEventRepository processed,
            LedgerCouponRepository coupons,
            LedgerEntryRepository entries,
            MeterRegistry metrics,
            java.time.Clock clock) {
        this.clock = clock;
        this.costs = costs;
        this.discrepancies = discrepancies;
        this.processed = processed;
        this.coupons = coupons;
        this.entries = entries;
        this.foreign = Counter.builder("settlement.coupon.events.ignored")
                .description("coupon-events records not applied because their source is not the topic's owner")
                .tag("reason", "foreign-source")
                .register(metrics);
    }

    public Uni<Void> apply(String json) {
        EventEnvelope<CouponLedgerData> event = EventJson.read(json, new TypeReference<>() {});
        // issue 12 §9: only issuance publishes coupon-events; a record from any other source (a forged
        // coupon.issued or coupon.redeemed written by another pod) moves no money and changes no coupon
        if (!EventSources.isFromOwner(Topics.COUPON_EVENTS, event)) {
            foreign.increment();
            LOG.warnf(
                    "coupon-events: event %s (%s) ignored: source %s is not %s",
                    Logs.safe(event.id()), Logs.safe(event.type()), Logs.safe(event.source()), EventSources.ISSUANCE);
            return Uni.createFrom().voidItem();
        }
        Optional<CouponEventType> type = CouponEventType.fromWireName(event.type());
        CouponLedgerData data = event.data();
        if (type.isEmpty() || data == null || data.couponId() == null || data.provider() == null) {
            return markProcessedOnly(event);
        }
        Uni<Long> cost = (type.get() == CouponEventType.ISSUED || type.get() == CouponEventType.UNRESOLVABLE)
                        && data.cost() == null
                ? costs.cost(data.provider(), data.productId())
                : Uni.createFrom().item(data.cost());
        return cost.chain(c -> Panache.withTransaction(() -> firstTime(event)
                .chain(first -> first
                        ? record(event, type.get(), data, c)
                        : Uni.createFrom().voidItem())));
    }

    private Uni<Void> markProcessedOnly(EventEnvelope<?> event) {
        return Panache.withTransaction(() -> firstTime(event).replaceWithVoid());
    }

    private Uni<Boolean> firstTime(EventEnvelope<?> event) {
        return processed.firstTime(event.id(), event.type());
    }

    private Uni<Void> record(EventEnvelope<?> event, CouponEventType type, CouponLedgerData data, Long cost) {
        Instant at = data.occurredAt() != null ? data.occurredAt() : event.time();
        return coupons.findById(data.couponId()).chain(found -> {
            LedgerCouponEntity coupon = found;
            switch (type) {
                case ISSUED -> {
                    if (coupon == null) {
                        coupon = new LedgerCouponEntity();
                        coupon.couponId = data.couponId();
                        coupon.provider = data.provider();
                        coupon.productId = data.productId();
                        coupon.status = "ISSUED";
                    }
                    coupon.cost = cost;
                    coupon.issuedAt = at;
                    if (data.pinHash() != null) {
                        coupon.pinHash = data.pinHash();
                    }
                    if (data.providerTransactionId() != null) {
                        coupon.providerTransactionId = data.providerTransactionId();
                    }
                    LedgerCouponEntity c = coupon;
                    return coupons.persist(c).chain(() -> entry(event, c, ISSUE, -cost, at));
                }
                case CANCELLED -> {
                    if (coupon == null) {
                        return Uni.createFrom().voidItem(); // never debited here: nothing to credit back
                    }
                    coupon.status = "CANCELLED";
                    coupon.cancelledAt = at;
                    LedgerCouponEntity c = coupon;
                    return entries.hasEntry(c.couponId, ISSUE)
                            .chain(issued -> issued && c.cost != null
                                    ? entry(event, c, CANCEL, c.cost, at)
                                    : Uni.createFrom().voidItem());
                }
                case REDEEMED -> {
                    if (coupon != null && coupon.redeemedAt == null) {
                        coupon.status = "REDEEMED";
                        coupon.redeemedAt = at;
                    }
                    return Uni.createFrom().voidItem();
                }
                case EXPIRED -> {
                    if (coupon != null && coupon.expiredAt == null) {
                        coupon.status = "EXPIRED";
                        coupon.expiredAt = at;
                    }
                    return Uni.createFrom().voidItem();
                }
                case UNRESOLVABLE -> {
                    // The provider may or may not have sent (and charged) it, and its document gives no way to
                    // ask (GiftLetter lost reply): nothing is debited on a guess; a person settles it.
                    return discrepancies
                            .open(
                                    data.provider(),
                                    Discrepancies.UNRESOLVABLE_SEND,
                                    data.couponId(),
                                    cost,
                                    "send outcome unknown at the provider (transaction " + data.providerTransactionId()
                                            + "): possibly issued and charged")
                            .replaceWithVoid();
                }
                default -> {
                    return Uni.createFrom().voidItem(); // requested, failed, unknown, resent: no money moves
                }
            }
        });
    }

    private Uni<Void> entry(
            EventEnvelope<?> event, LedgerCouponEntity coupon, String entryType, long amount, Instant at) {
        return entries.hasEntry(coupon.couponId, entryType).chain(existing -> {
            if (existing) {
                return Uni.createFrom().voidItem(); // another event id for the same step: counted once
            }
            LedgerEntryEntity e = new LedgerEntryEntity();
            e.eventId = event.id();
            e.couponId = coupon.couponId;
            e.provider = coupon.provider;
            e.entryType = entryType;
            e.amount = amount;
            e.occurredAt = at;
            e.recordedAt = clock.instant();
            return entries.persist(e).replaceWithVoid();
        });
    }
}
