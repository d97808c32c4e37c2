package io.gifticon.settlement.service;

import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.providers.spi.Redemption;
import io.gifticon.providers.spi.RedemptionLogSource;
import io.gifticon.settlement.LedgerCouponEntity;
import io.gifticon.settlement.RedemptionEntity;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.settlement.messaging.SettlementEventData;
import io.gifticon.settlement.messaging.SettlementEventType;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Imports a provider's daily exchange (redemption) log. PINs are matched by their keyed hash against the
 * {@code pinHash} that coupon.issued carried; a redemption is stored once per (provider, PIN hash), so importing
 * the same day again changes nothing.
 */
@ApplicationScoped
public class RedemptionImportService {
    private final ProviderCapabilities providers;
    private final PinHasher pins;
    private final Discrepancies discrepancies;
    private final OutboxRelay relay;
    private final SettlementConfig config;

    private final ScheduleClaims claims;

    public RedemptionImportService(ProviderCapabilities providers, PinHasher pins, Discrepancies discrepancies,
            OutboxRelay relay, SettlementConfig config, ScheduleClaims claims) {
        this.claims = claims;
        this.providers = providers;
        this.pins = pins;
        this.discrepancies = discrepancies;
        this.relay = relay;
        this.config = config;
    }

    /** Outcome of one import. */
    public record ImportSummary(String provider, LocalDate date, int lines, int newRedemptions, int matched,
            int unknownPins, int redeemedAfterCancel) {
    }

    private enum Outcome { DUPLICATE, MATCHED, UNKNOWN, AFTER_CANCEL }

    @Scheduled(cron = "${settlement.redemptions.cron:0 30 1 * * ?}", timeZone = "Asia/Seoul",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> yesterday() {
        LocalDate day = LocalDate.now(config.zone()).minusDays(1);
        // every replica fires; one imports the day
        return claims.claim("redemption-import", day.toString()).chain(mine -> !mine ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(providers.providers())
                        .filter(p -> providers.redemptionLog(p).isPresent())
                        .onItem().transformToUniAndConcatenate(p -> importDay(p, day))
                        .collect().last().replaceWithVoid());
    }

    public Uni<ImportSummary> importDay(String provider, LocalDate day) {
        RedemptionLogSource source = providers.redemptionLog(provider).orElseThrow(() -> new ProblemException(
                Problem.of(400, "INVALID_REQUEST", "No exchange log", "provider " + provider
                        + " has no daily exchange log; known: " + providers.providers())));
        return source.redemptions(day)
                .chain(lines -> Panache.withTransaction(() -> store(provider, day, lines)))
                .invoke(relay::wakeUp);
    }

    private Uni<ImportSummary> store(String provider, LocalDate day, List<Redemption> lines) {
        return Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> one(provider, day, line))
                .collect().asList()
                .chain(outcomes -> {
                    int fresh = (int) outcomes.stream().filter(o -> o != Outcome.DUPLICATE).count();
                    var summary = new ImportSummary(provider, day, lines.size(), fresh,
                            count(outcomes, Outcome.MATCHED), count(outcomes, Outcome.UNKNOWN),
                            count(outcomes, Outcome.AFTER_CANCEL));
                    if (fresh == 0) {
                        return Uni.createFrom().item(summary);
                    }
                    return SettlementEvents.outboxRow(SettlementEventType.REDEMPTIONS_IMPORTED,
                            "redemptions:" + provider + ":" + day, new SettlementEventData.RedemptionsImported(
                                    provider, day, lines.size(), fresh, summary.matched(), summary.unknownPins(), 0),
                            Instant.now()).persist().replaceWith(summary);
                });
    }

    private static int count(List<Outcome> outcomes, Outcome wanted) {
        return (int) outcomes.stream().filter(o -> o == wanted).count();
    }

    private Uni<Outcome> one(String provider, LocalDate day, Redemption line) {
        String hash = pins.hash(line.pin());
        return RedemptionEntity.count("provider = ?1 and pinHash = ?2", provider, hash).chain(seen -> {
            if (seen > 0) {
                return Uni.createFrom().item(Outcome.DUPLICATE);
            }
            return LedgerCouponEntity.<LedgerCouponEntity>find("provider = ?1 and pinHash = ?2", provider, hash)
                    .firstResult().chain(coupon -> {
                        RedemptionEntity r = new RedemptionEntity();
                        r.provider = provider;
                        r.pinHash = hash;
                        String pin = line.pin();
                        r.pinLast4 = pin.length() < 4 ? null : pin.substring(pin.length() - 4);
                        r.businessDate = line.day() != null ? line.day() : day;
                        r.redeemedAt = line.at();
                        r.branch = line.branch();
                        r.couponId = coupon == null ? null : coupon.couponId;
                        r.importedAt = Instant.now();
                        Uni<Void> saved = r.persist().replaceWithVoid();
                        if (coupon == null) {
                            return saved.chain(() -> discrepancies.open(provider, Discrepancies.UNKNOWN_PIN,
                                    provider + ":" + hash, null, "redeemed on " + r.businessDate
                                            + " PIN ****" + r.pinLast4 + " matches no coupon issued here"))
                                    .replaceWith(Outcome.UNKNOWN);
                        }
                        if ("CANCELLED".equals(coupon.status)) {
                            return saved.chain(() -> discrepancies.open(provider,
                                    Discrepancies.REDEEMED_AFTER_CANCEL, coupon.couponId, coupon.cost,
                                    "coupon " + coupon.couponId + " was cancelled but redeemed on " + r.businessDate))
                                    .replaceWith(Outcome.AFTER_CANCEL);
                        }
                        if (coupon.redeemedAt == null) {
                            coupon.status = "REDEEMED";
                            coupon.redeemedAt = line.at() != null
                                    ? line.at().atZone(config.zone()).toInstant()
                                    : r.businessDate.atStartOfDay(config.zone()).toInstant();
                        }
                        return saved.chain(() -> SettlementEvents.outboxRow(SettlementEventType.COUPON_REDEEMED,
                                coupon.couponId, new SettlementEventData.CouponRedeemed(coupon.couponId, provider,
                                        r.businessDate, r.redeemedAt, r.branch), Instant.now()).persist())
                                .replaceWith(Outcome.MATCHED);
                    });
        });
    }
}
