package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;
import io.gifticon.providers.giftletter.GiftLetterExchangeLog;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.providers.spi.Redemption;
import io.gifticon.providers.spi.RedemptionLogSource;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.settlement.repository.RedemptionMatcher;
import io.gifticon.settlement.repository.ScheduleClaims;
import io.gifticon.web.DomainException;
import io.gifticon.web.Transients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a provider's daily exchange (redemption) log. PINs are matched by their keyed hash against the
 * {@code pinHash} that coupon.issued carried; a redemption is stored once per (provider, PIN hash), so importing
 * the same day again changes nothing. Streamed: the log is read line by line and matched in chunks of
 * {@code settlement.redemptions.chunk-size} lines, one set-based statement each ({@link RedemptionMatcher}), so memory
 * stays bounded whatever the size of the day; an import cut short is finished by importing the day again.
 */
@ApplicationScoped
public class RedemptionImportService {
    private final java.time.Clock clock;

    private final ProviderCapabilities providers;
    private final PinHasher pins;
    private final OutboxRelay relay;
    private final SettlementConfig config;

    private final ScheduleClaims claims;
    private final RedemptionMatcher matcher;
    private final ExchangeLogStream logs;
    private final Pool database;
    private final Counter outages;

    public RedemptionImportService(
            ProviderCapabilities providers,
            PinHasher pins,
            OutboxRelay relay,
            SettlementConfig config,
            ScheduleClaims claims,
            RedemptionMatcher matcher,
            ExchangeLogStream logs,
            Pool database,
            MeterRegistry metrics,
            java.time.Clock clock) {
        this.clock = clock;
        this.outages = Transients.counter(metrics, "settlement", "daily-job");
        this.claims = claims;
        this.providers = providers;
        this.pins = pins;
        this.relay = relay;
        this.config = config;
        this.matcher = matcher;
        this.logs = logs;
        this.database = database;
    }

    /** Outcome of one import. */
    public record ImportSummary(
            String provider,
            LocalDate date,
            int lines,
            int newRedemptions,
            int matched,
            int unknownPins,
            int redeemedAfterCancel,
            int unreadableLines) {}

    static final String GIFTLETTER = "giftletter";
    static final Duration CHUNK_TIMEOUT = Duration.ofMinutes(2);

    @Scheduled(
            cron = "${settlement.redemptions.cron:0 30 1 * * ?}",
            timeZone = "Asia/Seoul",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> yesterday() {
        LocalDate day = LocalDate.now(config.zone()).minusDays(1);
        // every replica fires; one imports the day
        return Transients.retried(
                        () -> claims.claim("redemption-import", day.toString()),
                        config.retries().dailyJobs(),
                        outages)
                .chain(mine -> !mine
                        ? Uni.createFrom().voidItem()
                        : Multi.createFrom()
                                .iterable(providers.providers())
                                .filter(p -> providers.redemptionLog(p).isPresent())
                                // an import is idempotent: one cut short by an outage is simply done again until it
                                // completes
                                .onItem()
                                .transformToUniAndConcatenate(p -> Transients.retried(
                                        () -> importDay(p, day),
                                        config.retries().dailyJobs(),
                                        outages))
                                .collect()
                                .last()
                                .replaceWithVoid());
    }

    public Uni<ImportSummary> importDay(String provider, LocalDate day) {
        RedemptionLogSource source = providers
                .redemptionLog(provider)
                .orElseThrow(() -> new DomainException(
                        io.gifticon.web.ErrorCode.VALIDATION_FAILED,
                        "provider " + provider + " has no daily exchange log; known: " + providers.providers()));
        Uni<ImportSummary> imported = GIFTLETTER.equals(provider)
                // a day's log can hold a million lines: read it line by line on a worker thread, match in chunks
                ? Uni.createFrom()
                        .item(() -> streamed(provider, day))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                : source.redemptions(day).chain(lines -> listed(provider, day, lines));
        return imported.call(this::announce).invoke(relay::wakeUp);
    }

    private ImportSummary streamed(String provider, LocalDate day) {
        int chunkSize = Math.max(1, config.redemptions().chunkSize());
        RedemptionMatcher.ChunkResult total = RedemptionMatcher.ChunkResult.NONE;
        int unreadable = 0;
        try (BufferedReader reader = logs.open(day)) {
            StringBuilder chunk = new StringBuilder();
            int inChunk = 0;
            boolean first = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (first) {
                    first = false;
                    if (line.replace("\uFEFF", "").stripLeading().startsWith("<")) {
                        // an HTML page instead of the log: most often the IP allow-list (§10.1 "IP정보 등록 후 사용 가능")
                        throw new ProviderException(new ProviderError(
                                ErrorCode.PROVIDER_ERROR,
                                provider,
                                null,
                                "exchange log answered with an HTML page (is this host's IP registered?)"));
                    }
                }
                chunk.append(line).append('\n');
                if (++inChunk == chunkSize) {
                    GiftLetterExchangeLog parsed = GiftLetterExchangeLog.parse(day, chunk.toString());
                    unreadable += parsed.unreadableLines().size();
                    total = total.plus(matchNow(provider, day, parsed));
                    chunk.setLength(0);
                    inChunk = 0;
                }
            }
            if (inChunk > 0) {
                GiftLetterExchangeLog parsed = GiftLetterExchangeLog.parse(day, chunk.toString());
                unreadable += parsed.unreadableLines().size();
                total = total.plus(matchNow(provider, day, parsed));
            }
        } catch (IOException e) {
            throw new ProviderUnavailableException(
                    new ProviderError(
                            ErrorCode.PROVIDER_UNAVAILABLE,
                            provider,
                            null,
                            "exchange log read failed: " + e.getClass().getSimpleName()),
                    true,
                    e);
        }
        return summary(provider, day, total, unreadable);
    }

    private RedemptionMatcher.ChunkResult matchNow(String provider, LocalDate day, GiftLetterExchangeLog parsed) {
        List<RedemptionMatcher.Line> lines = parsed.redemptions().stream()
                .map(r -> line(r.pin(), r.date() != null ? r.date() : day, r.redeemedAt(), r.branch()))
                .toList();
        // a worker thread (see importDay): waiting here holds no event loop
        return matcher.match(provider, config.zone(), lines).await().atMost(CHUNK_TIMEOUT);
    }

    private Uni<ImportSummary> listed(String provider, LocalDate day, List<Redemption> redemptions) {
        int chunkSize = Math.max(1, config.redemptions().chunkSize());
        List<List<RedemptionMatcher.Line>> chunks = new ArrayList<>();
        for (int i = 0; i < redemptions.size(); i += chunkSize) {
            chunks.add(redemptions.subList(i, Math.min(redemptions.size(), i + chunkSize)).stream()
                    .map(r -> line(r.pin(), r.day() != null ? r.day() : day, r.at(), r.branch()))
                    .toList());
        }
        return Multi.createFrom()
                .iterable(chunks)
                .onItem()
                .transformToUniAndConcatenate(c -> matcher.match(provider, config.zone(), c))
                .collect()
                .in(
                        () -> new RedemptionMatcher.ChunkResult[] {RedemptionMatcher.ChunkResult.NONE},
                        (acc, r) -> acc[0] = acc[0].plus(r))
                .map(acc -> summary(provider, day, acc[0], 0));
    }

    private RedemptionMatcher.Line line(String pin, LocalDate date, java.time.LocalDateTime at, String branch) {
        String last4 = pin == null || pin.length() < 4 ? null : pin.substring(pin.length() - 4);
        return new RedemptionMatcher.Line(
                pins.hash(pin), last4, date, at, branch == null || branch.isBlank() ? null : branch);
    }

    private static ImportSummary summary(
            String provider, LocalDate day, RedemptionMatcher.ChunkResult total, int unreadable) {
        return new ImportSummary(
                provider,
                day,
                total.lines(),
                total.fresh(),
                total.matched(),
                total.unknownPins(),
                total.redeemedAfterCancel(),
                unreadable);
    }

    /** redemptions.imported once per import that stored something new. */
    private Uni<Void> announce(ImportSummary s) {
        if (s.newRedemptions() == 0) {
            return Uni.createFrom().voidItem();
        }
        return database.withTransaction(conn -> SettlementEvents.insert(
                conn,
                SettlementEventType.REDEMPTIONS_IMPORTED,
                "redemptions:" + s.provider() + ":" + s.date(),
                new SettlementEventData.RedemptionsImported(
                        s.provider(),
                        s.date(),
                        s.lines(),
                        s.newRedemptions(),
                        s.matched(),
                        s.unknownPins(),
                        s.unreadableLines()),
                clock.instant()));
    }
}
