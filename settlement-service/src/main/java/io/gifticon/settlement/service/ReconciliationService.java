package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.spi.BalanceSource;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.settlement.BalanceSnapshotEntity;
import io.gifticon.settlement.ReconciliationEntity;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.settlement.repository.BalanceSnapshotRepository;
import io.gifticon.settlement.repository.LedgerEntryRepository;
import io.gifticon.settlement.repository.ReconciliationRepository;
import io.gifticon.settlement.repository.ScheduleClaims;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Bizmoney reconciliation: expected = last snapshot's observed balance + ledger net (credits − debits) recorded
 * since; the first snapshot only sets the baseline. Drift beyond the tolerance opens a discrepancy.
 */
@ApplicationScoped
public class ReconciliationService {
    private final java.time.Clock clock;

    private final ProviderCapabilities providers;
    private final SettlementConfig config;
    private final Discrepancies discrepancies;
    private final Background background;
    private final OutboxRelay relay;

    private final ScheduleClaims claims;
    private final ReconciliationRepository reconciliations;
    private final BalanceSnapshotRepository snapshots;
    private final LedgerEntryRepository entries;

    public ReconciliationService(
            ProviderCapabilities providers,
            SettlementConfig config,
            Discrepancies discrepancies,
            Background background,
            OutboxRelay relay,
            ScheduleClaims claims,
            ReconciliationRepository reconciliations,
            BalanceSnapshotRepository snapshots,
            LedgerEntryRepository entries,
            java.time.Clock clock) {
        this.clock = clock;
        this.claims = claims;
        this.reconciliations = reconciliations;
        this.snapshots = snapshots;
        this.entries = entries;
        this.providers = providers;
        this.config = config;
        this.discrepancies = discrepancies;
        this.background = background;
        this.relay = relay;
    }

    @Scheduled(
            every = "${settlement.reconciliation.every:10m}",
            delayed = "${settlement.reconciliation.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // every replica fires; one per interval window runs
        String window = ScheduleClaims.windowOf(
                clock.instant(), interval(config.reconciliation().every()));
        return claims.claim("reconciliation", window)
                .chain(mine -> !mine
                        ? Uni.createFrom().voidItem()
                        : Multi.createFrom()
                                .iterable(providers.providers())
                                .filter(p -> providers.balance(p).isPresent())
                                .onItem()
                                .transformToUniAndConcatenate(
                                        p -> create(p, null).chain(id -> run(id, p)))
                                .collect()
                                .last()
                                .replaceWithVoid());
    }

    /** "10m", "1h", "30s" as a duration (the scheduler's own short form). */
    static java.time.Duration interval(String every) {
        try {
            return java.time.Duration.parse("PT" + every.trim().toUpperCase());
        } catch (RuntimeException e) {
            return java.time.Duration.ofMinutes(10);
        }
    }

    /** Records the request and runs it in the background; the id is answered at once. */
    public Uni<UUID> request(String provider, LocalDate date) {
        if (providers.balance(provider).isEmpty()) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED,
                    "provider " + provider + " has no prepaid balance API; known: " + providers.providers());
        }
        return create(provider, date).invoke(id -> background.run("reconciliation " + id, () -> run(id, provider)));
    }

    public Uni<ReconciliationEntity> find(UUID id) {
        return Panache.withSession(() -> reconciliations.findById(id));
    }

    private Uni<UUID> create(String provider, LocalDate date) {
        ReconciliationEntity r = new ReconciliationEntity();
        r.id = UUID.randomUUID();
        r.provider = provider;
        r.businessDate = date;
        r.status = "PENDING";
        r.requestedAt = clock.instant();
        return Panache.withTransaction(() -> reconciliations.persist(r)).replaceWith(r.id);
    }

    Uni<Void> run(UUID id, String provider) {
        BalanceSource source = providers.balance(provider).orElseThrow();
        // entries recorded up to the moment we ask are what the balance can reflect
        Instant asked = clock.instant();
        return source.balance()
                .chain(observed -> Panache.withTransaction(() -> complete(id, provider, observed, asked)))
                .onFailure()
                .call(f -> Panache.withTransaction(
                        () -> reconciliations.findById(id).invoke(r -> {
                            r.status = "FAILED";
                            r.error = describe(f);
                            r.completedAt = clock.instant();
                        })))
                .invoke(relay::wakeUp)
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * What a failed reconciliation shows: the taxonomy code and the provider's result code, never the provider's
     * own text (a reply may carry anything).
     */
    static String describe(Throwable failure) {
        if (failure instanceof io.gifticon.providers.ProviderException p) {
            var e = p.error();
            return e.provider() + " " + e.code()
                    + (e.providerCode() == null ? "" : " (provider code " + e.providerCode() + ")") + ": "
                    + e.code().userMessage();
        }
        return "failed: " + failure.getClass().getSimpleName();
    }

    private Uni<Void> complete(UUID id, String provider, long observed, Instant asked) {
        // one session: its queries must run one after the other
        return reconciliations
                .findById(id)
                .chain(r -> snapshots
                        .latest(provider)
                        .chain(last -> last == null
                                ? finish(r, observed, null, asked)
                                : entries.netSince(provider, last.observedAt, asked)
                                        .chain(net -> finish(r, observed, last.observed + net, asked))));
    }

    private Uni<Void> finish(ReconciliationEntity r, long observed, Long expected, Instant asked) {
        BalanceSnapshotEntity snapshot = new BalanceSnapshotEntity();
        snapshot.provider = r.provider;
        snapshot.observed = observed;
        snapshot.expected = expected;
        snapshot.observedAt = asked;
        r.observed = observed;
        r.expected = expected;
        r.drift = expected == null ? null : observed - expected;
        r.completedAt = clock.instant();
        Uni<Void> persistSnapshot = snapshots.persist(snapshot).replaceWithVoid();
        if (r.drift != null && Math.abs(r.drift) > config.reconciliation().tolerance()) {
            r.status = "DISCREPANCY";
            return persistSnapshot
                    .chain(() -> discrepancies.open(
                            r.provider,
                            Discrepancies.BALANCE_DRIFT,
                            r.id.toString(),
                            r.drift,
                            "bizmoney " + observed + " won, expected " + expected + " won"))
                    .replaceWithVoid();
        }
        r.status = expected == null ? "BASELINE" : "RECONCILED";
        return persistSnapshot
                .chain(() -> SettlementEvents.outboxRow(
                                SettlementEventType.BALANCE_RECONCILED,
                                "reconciliation:" + r.id,
                                new SettlementEventData.BalanceReconciled(
                                        r.id.toString(),
                                        r.provider,
                                        observed,
                                        expected,
                                        r.drift,
                                        expected == null,
                                        asked),
                                r.completedAt)
                        .persist())
                .replaceWithVoid();
    }
}
