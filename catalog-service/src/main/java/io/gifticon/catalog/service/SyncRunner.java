package io.gifticon.catalog.service;

import io.gifticon.catalog.BrandEntity;
import io.gifticon.catalog.SyncProviderEntity;
import io.gifticon.catalog.SyncRunEntity;
import io.gifticon.catalog.config.CatalogRetriesConfig;
import io.gifticon.catalog.config.CatalogSyncConfig;
import io.gifticon.catalog.mapping.ProductRecord;
import io.gifticon.catalog.mapping.ProviderMapping;
import io.gifticon.catalog.messaging.CatalogEvents;
import io.gifticon.catalog.messaging.CatalogSyncedData;
import io.gifticon.catalog.repository.ProductSearchCache;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;
import io.gifticon.providers.giftishow.GiftishowClient;
import io.gifticon.providers.giftishow.GiftishowCodes;
import io.gifticon.providers.giftishow.GiftishowGoodsPage;
import io.gifticon.providers.giftletter.GiftLetterClient;
import io.gifticon.providers.giftletter.GiftLetterCodes;
import io.gifticon.providers.giftletter.GiftLetterGoods;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

    private final GiftishowClient giftishow;
    private final GiftLetterClient giftletter;
    private final ProductWriter writer;
    private final CatalogSyncConfig config;
    private final OutboxRelay relay;
    private final ProductSearchCache searchCache;
    private final CatalogRetriesConfig retries;
    private final Counter outages;

    public SyncRunner(GiftishowClient giftishow, GiftLetterClient giftletter, ProductWriter writer,
            CatalogSyncConfig config, OutboxRelay relay, ProductSearchCache searchCache, CatalogRetriesConfig retries,
            MeterRegistry metrics) {
        this.giftishow = giftishow;
        this.giftletter = giftletter;
        this.writer = writer;
        this.config = config;
        this.relay = relay;
        this.searchCache = searchCache;
        this.retries = retries;
        this.outages = Transients.counter(metrics, "catalog-sync");
    }

    /**
     * Runs the sync on {@code context} (a safe duplicated Vert.x context): every database step resumes there. Once
     * every provider is written (committed), and before the run is marked finished, the search cache is cleared: a
     * search after the run shows what it wrote. Also after a failure (it may have written part).
     */
    public Uni<Void> run(UUID runId, List<String> providers, Context context) {
        Executor onContext = task -> context.runOnContext(ignored -> task.run());
        return Multi.createFrom().iterable(providers)
                .onItem().transformToUniAndConcatenate(p -> provider(runId, p, onContext))
                .collect().last()
                .invoke(searchCache::invalidateAll)
                .chain(() -> db(() -> finish(runId), onContext))
                .invoke(relay::wakeUp)
                .onFailure().invoke(e -> {
                    searchCache.invalidateAll();
                    LOG.errorf(e, "sync %s could not be completed", runId);
                });
    }

    private Uni<Void> provider(UUID runId, String provider, Executor onContext) {
        Uni<Void> read = switch (provider) {
            case GiftishowCodes.PROVIDER -> giftishow(runId, onContext);
            case GiftLetterCodes.PROVIDER -> giftletter(runId, onContext);
            default -> null;
        };
        if (read == null) {
            // COUFUN's document names a product list but does not specify it; PBT is used at the POS only
            return db(() -> mark(runId, provider, "UNSUPPORTED", UNSUPPORTED, true), onContext);
        }
        long started = System.nanoTime();
        return db(() -> mark(runId, provider, "RUNNING", null, false), onContext)
                .chain(() -> read)
                .chain(() -> db(() -> mark(runId, provider, "SUCCEEDED", null, true), onContext))
                .invoke(() -> LOG.infof("sync %s: %s done in %d ms", runId, provider,
                        (System.nanoTime() - started) / 1_000_000))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("sync %s: %s failed, its products are left as they were: %s", runId, provider, e);
                    return Uni.createFrom().voidItem().emitOn(onContext)
                            .chain(() -> db(() -> mark(runId, provider, "FAILED", describe(e), true), onContext));
                });
    }

    private Uni<Void> giftishow(UUID runId, Executor onContext) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return read(giftishow::brands, onContext)
                .chain(list -> db(() -> writer.applyBrands(runId, GiftishowCodes.PROVIDER,
                        list.brands().stream().map(b -> {
                    BrandEntity e = new BrandEntity();
                    e.id = GiftishowCodes.PROVIDER + ":" + b.brandCode();
                    e.provider = GiftishowCodes.PROVIDER;
                    e.brandCode = b.brandCode();
                    e.name = b.brandName() == null ? b.brandCode() : b.brandName();
                    e.category = b.category1Name();
                    e.imageUrl = b.brandIconImg();
                    return e;
                }).filter(b -> b.brandCode != null).toList()), onContext))
                .chain(() -> giftishowPages(runId, 1, seen, onContext))
                .chain(() -> discontinueMissing(runId, GiftishowCodes.PROVIDER, seen, onContext));
    }

    private Uni<Void> giftishowPages(UUID runId, int page, Set<String> seen, Executor onContext) {
        int size = config.giftishowPageSize();
        return read(() -> giftishow.goods(page, size), onContext).chain((GiftishowGoodsPage p) -> {
            List<ProductRecord> records = new ArrayList<>();
            for (int i = 0; i < p.items().size(); i++) {
                var goods = p.items().get(i);
                if (goods.goodsCode() != null) {
                    // the position in 0101's listing: the only order the library exposes, popularity's tie-breaker
                    records.add(ProviderMapping.giftishow(goods, (page - 1) * size + i + 1));
                }
            }
            records.forEach(r -> seen.add(r.id()));
            return db(() -> writer.applyPage(runId, GiftishowCodes.PROVIDER, records), onContext)
                    .chain(() -> p.hasMore() && !p.items().isEmpty()
                            ? giftishowPages(runId, page + 1, seen, onContext)
                            : Uni.createFrom().voidItem());
        });
    }

    private Uni<Void> giftletter(UUID runId, Executor onContext) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> brands = config.giftletterBrandIds().orElse(List.of());
        return Multi.createFrom().iterable(brands)
                .onItem().transformToUniAndConcatenate(brandId -> giftletterBrand(runId, brandId, seen, onContext))
                .collect().last()
                .chain(() -> discontinueMissing(runId, GiftLetterCodes.PROVIDER, seen, onContext));
    }

    private Uni<Void> giftletterBrand(UUID runId, String brandId, Set<String> seen, Executor onContext) {
        return read(() -> giftletter.goodsList(brandId), onContext)
                .chain(list -> Multi.createFrom().iterable(list)
                        .filter(g -> g.goodsId() != null && !g.goodsId().isBlank())
                        // the list lacks our cost and the validity: getGoodsInfo (§8) has them
                        .onItem().transformToUni(g -> detail(brandId, g, onContext))
                        .merge(Math.max(1, config.giftletterDetailConcurrency()))
                        .collect().asList())
                .emitOn(onContext)
                .chain(records -> {
                    records.forEach(r -> seen.add(r.id()));
                    return db(() -> writer.applyPage(runId, GiftLetterCodes.PROVIDER, records), onContext);
                });
    }

    private Uni<ProductRecord> detail(String brandId, GiftLetterGoods goods, Executor onContext) {
        return read(() -> giftletter.goodsInfo(goods.goodsId()), onContext)
                .map(info -> ProviderMapping.giftletter(brandId, goods, info));
    }

    private Uni<Void> discontinueMissing(UUID runId, String provider, Set<String> seen, Executor onContext) {
        return db(() -> writer.notSeen(provider, seen), onContext).chain(ids -> {
            List<List<String>> chunks = new ArrayList<>();
            int n = Math.max(1, config.writeBatchSize());
            for (int i = 0; i < ids.size(); i += n) {
                chunks.add(ids.subList(i, Math.min(ids.size(), i + n)));
            }
            return Multi.createFrom().iterable(chunks)
                    .onItem().transformToUniAndConcatenate(chunk -> db(() -> writer.discontinue(runId, provider, chunk),
                            onContext))
                    .collect().last().replaceWithVoid();
        });
    }

    /** One provider read, retried with backoff on transport failures, resuming on the run's context. */
    private <T> Uni<T> read(Supplier<Uni<T>> call, Executor onContext) {
        return Uni.createFrom().<T>deferred(call::get)
                .onFailure(SyncRunner::retryable).retry()
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
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.find(SyncProviderEntity.class, new SyncProviderEntity.Key(runId, provider)))
                .invoke(pr -> {
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
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.find(SyncRunEntity.class, runId)
                .chain(run -> s.createSelectionQuery("from SyncProviderEntity where runId = :id order by provider",
                        SyncProviderEntity.class).setParameter("id", runId).getResultList().chain(rows -> {
                            boolean failed = rows.stream().anyMatch(r -> "FAILED".equals(r.status));
                            boolean succeeded = rows.stream().anyMatch(r -> "SUCCEEDED".equals(r.status));
                            run.status = !failed ? "SUCCEEDED" : succeeded ? "PARTIAL" : "FAILED";
                            run.finishedAt = now;
                            run.heartbeatAt = now;
                            var data = new CatalogSyncedData(run.id.toString(), run.trigger, run.status,
                                    run.startedAt, now, rows.stream().map(r -> new CatalogSyncedData.ProviderOutcome(
                                            r.provider, r.status, r.products, r.added, r.changed, r.discontinued,
                                            r.suspended, errors(r.errors))).toList());
                            return s.persist(CatalogEvents.synced(data, now));
                        }))));
    }

    static List<String> errors(String errors) {
        return errors == null ? null : Arrays.stream(errors.split("\n")).filter(Objects::nonNull).toList();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
