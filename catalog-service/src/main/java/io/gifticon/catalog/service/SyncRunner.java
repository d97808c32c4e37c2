package io.gifticon.catalog.service;

import io.gifticon.catalog.config.CatalogRetriesConfig;
import io.gifticon.catalog.config.CatalogSyncConfig;
import io.gifticon.catalog.messaging.CatalogEvents;
import io.gifticon.catalog.repository.ProductSearchCache;
import io.gifticon.catalog.repository.SyncRunRepository;
import io.gifticon.events.CatalogSyncedData;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;
import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.CatalogPage;
import io.gifticon.providers.spi.CatalogSource;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.web.Transients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Executes one sync run, provider after provider. A provider whose read fails is recorded as FAILED and its
 * products are left as they were (nothing is discontinued after a partial read); the others still sync.
 */
@ApplicationScoped
public class SyncRunner {
    private static final Logger LOG = Logger.getLogger(SyncRunner.class);
    static final String UNSUPPORTED = "catalog not supported by the provider's API";

    private final ProviderCapabilities capabilities;
    private final ProductWriter writer;
    private final CatalogSyncConfig config;
    private final OutboxRelay relay;
    private final ProductSearchCache searchCache;
    private final CatalogRetriesConfig retries;
    private final Counter outages;
    private final SyncRunRepository runs;
    private final Clock clock;

    public SyncRunner(
            ProviderCapabilities capabilities,
            ProductWriter writer,
            CatalogSyncConfig config,
            OutboxRelay relay,
            ProductSearchCache searchCache,
            CatalogRetriesConfig retries,
            MeterRegistry metrics,
            SyncRunRepository runs,
            Clock clock) {
        this.clock = clock;
        this.capabilities = capabilities;
        this.writer = writer;
        this.config = config;
        this.relay = relay;
        this.searchCache = searchCache;
        this.retries = retries;
        this.outages = Transients.counter(metrics, "catalog", "catalog-sync");
        this.runs = runs;
    }

    /**
     * Runs the sync on {@code context} (a safe duplicated Vert.x context): every database step resumes there. Once
     * every provider is written (committed), and before the run is marked finished, the search cache is cleared: a
     * search after the run shows what it wrote. Also after a failure (it may have written part).
     */
    public Uni<Void> run(UUID runId, List<String> providers, Context context) {
        Executor onContext = task -> context.runOnContext(ignored -> task.run());
        return Multi.createFrom()
                .iterable(providers)
                .onItem()
                .transformToUniAndConcatenate(p -> provider(runId, p, onContext))
                .collect()
                .last()
                .invoke(searchCache::invalidateAll)
                .chain(() -> db(() -> finish(runId), onContext))
                .invoke(relay::wakeUp)
                .onFailure()
                .invoke(e -> {
                    searchCache.invalidateAll();
                    LOG.errorf(e, "sync %s could not be completed", runId);
                });
    }

    private Uni<Void> provider(UUID runId, String provider, Executor onContext) {
        Optional<CatalogSource> source = capabilities
                .catalog(provider)
                .filter(c -> c.capabilities().contains(Capability.CATALOG_PAGES)
                        || c.capabilities().contains(Capability.CATALOG_BY_BRAND));
        if (source.isEmpty()) {
            // COUFUN's document names a product list but does not specify it; PBT is used at the POS only
            return db(() -> mark(runId, provider, "UNSUPPORTED", UNSUPPORTED, true), onContext);
        }
        long started = System.nanoTime();
        return db(() -> mark(runId, provider, "RUNNING", null, false), onContext)
                .chain(() -> read(runId, source.get(), onContext))
                .chain(() -> db(() -> mark(runId, provider, "SUCCEEDED", null, true), onContext))
                .invoke(() -> LOG.infof(
                        "sync %s: %s done in %d ms", runId, provider, (System.nanoTime() - started) / 1_000_000))
                .onFailure()
                .recoverWithUni(e -> {
                    LOG.warnf("sync %s: %s failed, its products are left as they were: %s", runId, provider, e);
                    return Uni.createFrom()
                            .voidItem()
                            .emitOn(onContext)
                            .chain(() -> db(() -> mark(runId, provider, "FAILED", describe(e), true), onContext));
                });
    }

    /**
     * One provider's complete read: its brand list (if it has one), then its products, in pages or brand by brand
     * ({@code catalog.sync.brands.<provider>}), then whatever the read did not return is discontinued.
     */
    private Uni<Void> read(UUID runId, CatalogSource source, Executor onContext) {
        String provider = source.provider();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Uni<Void> brands = source.capabilities().contains(Capability.BRANDS)
                ? read(source::brands, onContext)
                        .chain(list -> db(() -> writer.applyBrands(runId, provider, list), onContext))
                : Uni.createFrom().voidItem();
        Uni<Void> products = source.capabilities().contains(Capability.CATALOG_PAGES)
                ? pages(runId, source, 1, seen, onContext)
                : byBrand(runId, source, seen, onContext);
        return brands.chain(() -> products).chain(() -> discontinueMissing(runId, provider, seen, onContext));
    }

    private Uni<Void> pages(UUID runId, CatalogSource source, int page, Set<String> seen, Executor onContext) {
        int size = config.pageSize();
        return read(() -> source.products(page, size), onContext).chain((CatalogPage p) -> {
            p.items().forEach(item -> seen.add(ProductWriter.id(item)));
            return db(() -> writer.applyPage(runId, source.provider(), p.items()), onContext)
                    .chain(() -> p.hasMore() && !p.items().isEmpty()
                            ? pages(runId, source, page + 1, seen, onContext)
                            : Uni.createFrom().voidItem());
        });
    }

    private Uni<Void> byBrand(UUID runId, CatalogSource source, Set<String> seen, Executor onContext) {
        List<String> brands = config.brands().getOrDefault(source.provider(), List.of());
        return Multi.createFrom()
                .iterable(brands)
                .onItem()
                .transformToUniAndConcatenate(brand -> read(() -> source.productsOfBrand(brand), onContext)
                        .chain(items -> {
                            items.forEach(item -> seen.add(ProductWriter.id(item)));
                            return db(() -> writer.applyPage(runId, source.provider(), items), onContext);
                        }))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> discontinueMissing(UUID runId, String provider, Set<String> seen, Executor onContext) {
        return db(() -> writer.notSeen(provider, seen), onContext).chain(ids -> {
            List<List<String>> chunks = new ArrayList<>();
            int n = Math.max(1, config.writeBatchSize());
            for (int i = 0; i < ids.size(); i += n) {
                chunks.add(ids.subList(i, Math.min(ids.size(), i + n)));
            }
            return Multi.createFrom()
                    .iterable(chunks)
                    .onItem()
                    .transformToUniAndConcatenate(
                            chunk -> db(() -> writer.discontinue(runId, provider, chunk), onContext))
                    .collect()
                    .last()
                    .replaceWithVoid();
        });
    }

    /** One provider read, retried with backoff on transport failures, resuming on the run's context. */
    private <T> Uni<T> read(Supplier<Uni<T>> call, Executor onContext) {
        return Uni.createFrom()
                .<T>deferred(call::get)
                .onFailure(SyncRunner::retryable)
                .retry()
                .withBackOff(config.pageBackoff(), config.pageBackoff().multipliedBy(8))
                .atMost(config.pageRetries())
                .emitOn(onContext);
    }

    /**
     * One database step of the run (its own transaction), repeated on the run's context while the database is
     * unreachable (a restart), for at most {@code catalog.retries.sync-steps}: an outage of seconds does not fail
     * the run. A step that failed rolled back, so doing it again is safe.
     */
    private <T> Uni<T> db(Supplier<Uni<T>> step, Executor onContext) {
        return Transients.retried(step, retries.syncSteps(), outages, onContext);
    }

    static boolean retryable(Throwable e) {
        return e instanceof ProviderUnavailableException || !(e instanceof ProviderException);
    }

    private Uni<Void> mark(UUID runId, String provider, String status, String error, boolean finished) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> runs.providerOf(runId, provider).invoke(pr -> {
                    pr.status = status;
                    if (error != null) {
                        pr.addError(error);
                    }
                    if (finished) {
                        pr.finishedAt = now;
                    } else {
                        pr.startedAt = now;
                    }
                }))
                .replaceWithVoid();
    }

    private Uni<Void> finish(UUID runId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> runs.findById(runId)
                        .chain(run -> runs.providersOf(List.of(runId)).chain(rows -> {
                            boolean failed = rows.stream().anyMatch(r -> "FAILED".equals(r.status));
                            boolean succeeded = rows.stream().anyMatch(r -> "SUCCEEDED".equals(r.status));
                            run.status = !failed ? "SUCCEEDED" : succeeded ? "PARTIAL" : "FAILED";
                            run.finishedAt = now;
                            run.heartbeatAt = now;
                            var data = new CatalogSyncedData(
                                    run.id.toString(),
                                    run.trigger,
                                    run.status,
                                    run.startedAt,
                                    now,
                                    rows.stream()
                                            .map(r -> new CatalogSyncedData.ProviderOutcome(
                                                    r.provider,
                                                    r.status,
                                                    r.products,
                                                    r.added,
                                                    r.changed,
                                                    r.discontinued,
                                                    r.suspended,
                                                    errors(r.errors)))
                                            .toList());
                            return s.persist(CatalogEvents.synced(data, now));
                        }))));
    }

    static List<String> errors(String errors) {
        return errors == null
                ? null
                : Arrays.stream(errors.split("\n")).filter(Objects::nonNull).toList();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
