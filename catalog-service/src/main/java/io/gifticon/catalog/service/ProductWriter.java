package io.gifticon.catalog.service;

import io.gifticon.catalog.BrandEntity;
import io.gifticon.catalog.ProductEntity;
import io.gifticon.catalog.ProductRawEntity;
import io.gifticon.catalog.SyncProviderEntity;
import io.gifticon.catalog.messaging.CatalogEvents;
import io.gifticon.catalog.repository.BrandRepository;
import io.gifticon.catalog.repository.ProductRawRepository;
import io.gifticon.catalog.repository.ProductRepository;
import io.gifticon.catalog.repository.SyncRunRepository;
import io.gifticon.events.CatalogEventType;
import io.gifticon.events.ProductEventData.FieldChange;
import io.gifticon.providers.spi.CatalogBrand;
import io.gifticon.providers.spi.CatalogProduct;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes what a sync read, incrementally: compares with the stored rows, writes only what changed, and writes the
 * matching events to the outbox and the run's progress in the same transaction.
 */
@ApplicationScoped
public class ProductWriter {
    private final ProductRepository productRows;
    private final ProductRawRepository rawRows;
    private final BrandRepository brandRows;
    private final SyncRunRepository runs;
    private final Clock clock;

    public ProductWriter(
            ProductRepository products,
            ProductRawRepository raws,
            BrandRepository brands,
            SyncRunRepository runs,
            Clock clock) {
        this.clock = clock;
        this.productRows = products;
        this.rawRows = raws;
        this.brandRows = brands;
        this.runs = runs;
    }

    /** Applies one page (or one brand's list) of provider products. */
    public Uni<Void> applyPage(UUID runId, String provider, Collection<CatalogProduct> products) {
        Map<String, Stored> byId = new LinkedHashMap<>();
        products.stream().filter(p -> p.productCode() != null).map(Stored::of).forEach(r -> byId.put(r.id(), r));
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> productRows
                        .byIds(byId.keySet())
                        .chain(stored -> rawRows.byProductIds(stored.keySet())
                                .chain(raws -> missingBrands(byId.values(), now).chain(newBrands -> {
                                    List<Object> writes = new ArrayList<>(newBrands);
                                    Counts counts = new Counts();
                                    for (Stored r : byId.values()) {
                                        ProductEntity p = stored.get(r.id());
                                        if (p == null) {
                                            p = new ProductEntity();
                                            p.id = r.id();
                                            p.provider = r.provider();
                                            p.goodsCode = r.goodsCode();
                                            copy(r, p, now);
                                            writes.add(p);
                                            writes.add(ProductRawEntity.of(p.id, r.raw()));
                                            writes.add(
                                                    CatalogEvents.product(CatalogEventType.ADDED, p, null, runId, now));
                                            counts.added++;
                                            counts.rows++;
                                            continue;
                                        }
                                        List<FieldChange> changes = diff(p, r);
                                        ProductRawEntity raw = raws.get(p.id);
                                        boolean rawChanged = raw == null || !Objects.equals(raw.raw, r.raw());
                                        boolean silent = !Objects.equals(p.searchKeywords, r.searchKeywords())
                                                || !Objects.equals(p.listingRank, r.listingRank())
                                                || rawChanged;
                                        if (changes.isEmpty() && !silent) {
                                            continue;
                                        }
                                        if (!changes.isEmpty()) {
                                            if (ProductEntity.SUSPENDED.equals(r.status())
                                                    && !ProductEntity.SUSPENDED.equals(p.status)) {
                                                counts.suspended++;
                                            }
                                            counts.changed++;
                                        }
                                        copy(r, p, now);
                                        if (raw == null) {
                                            writes.add(ProductRawEntity.of(p.id, r.raw()));
                                        } else {
                                            raw.raw = r.raw();
                                        }
                                        counts.rows++;
                                        if (!changes.isEmpty()) {
                                            writes.add(CatalogEvents.product(
                                                    CatalogEventType.CHANGED, p, changes, runId, now));
                                        }
                                    }
                                    return session.persistAll(writes.toArray())
                                            .chain(() -> progress(runId, provider, now, pr -> {
                                                pr.pages++;
                                                pr.products += byId.size();
                                                pr.added += counts.added;
                                                pr.changed += counts.changed;
                                                pr.suspended += counts.suspended;
                                                pr.rowsWritten += counts.rows + newBrands.size();
                                                return pr;
                                            }));
                                })))));
    }

    /** Stores a provider's brand list: inserts new brands, updates changed ones, leaves the rest alone. */
    public Uni<Void> applyBrands(UUID runId, String provider, List<CatalogBrand> brands) {
        Map<String, BrandEntity> byId = new LinkedHashMap<>();
        brands.stream()
                .filter(b -> b.brandCode() != null)
                .map(ProductWriter::brand)
                .forEach(b -> byId.put(b.id, b));
        Instant now = clock.instant();
        if (byId.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> brandRows.byIds(byId.keySet()).chain(stored -> {
                    List<Object> inserts = new ArrayList<>();
                    int[] rows = {0};
                    byId.values().forEach(b -> {
                        BrandEntity s = stored.get(b.id);
                        if (s == null) {
                            b.updatedAt = now;
                            inserts.add(b);
                            rows[0]++;
                        } else if (!Objects.equals(s.name, b.name)
                                || !Objects.equals(s.category, b.category)
                                || !Objects.equals(s.imageUrl, b.imageUrl)) {
                            s.name = b.name;
                            s.category = b.category;
                            s.imageUrl = b.imageUrl;
                            s.updatedAt = now;
                            rows[0]++;
                        }
                    });
                    return session.persistAll(inserts.toArray())
                            .chain(() -> progress(runId, provider, now, pr -> {
                                pr.rowsWritten += rows[0];
                                return pr;
                            }));
                })));
    }

    /** Ids of the provider's products that a complete read did not return and that are not discontinued yet. */
    public Uni<List<String>> notSeen(String provider, Set<String> seen) {
        return Panache.withSession(() -> productRows.notDiscontinuedIdsOf(provider))
                .map(ids -> ids.stream().filter(id -> !seen.contains(id)).toList());
    }

    /** Marks products DISCONTINUED (never deletes them), with a product.discontinued event each. */
    public Uni<Void> discontinue(UUID runId, String provider, List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> productRows.byIds(ids).chain(stored -> {
                    List<Object> events = new ArrayList<>();
                    for (ProductEntity p : stored.values()) {
                        List<FieldChange> change =
                                List.of(new FieldChange("status", p.status, ProductEntity.DISCONTINUED));
                        p.status = ProductEntity.DISCONTINUED;
                        p.updatedAt = now;
                        events.add(CatalogEvents.product(CatalogEventType.DISCONTINUED, p, change, runId, now));
                    }
                    return session.persistAll(events.toArray())
                            .chain(() -> progress(runId, provider, now, pr -> {
                                pr.discontinued += stored.size();
                                pr.rowsWritten += stored.size();
                                return pr;
                            }));
                })));
    }

    static List<FieldChange> diff(ProductEntity p, Stored r) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "consumerPrice", p.consumerPrice, r.consumerPrice());
        change(changes, "costPrice", p.costPrice, r.costPrice());
        change(changes, "status", p.status, r.status());
        change(changes, "validDays", p.validDays, r.validDays());
        change(changes, "validUntil", p.validUntil, r.validUntil());
        change(changes, "name", p.name, r.name());
        change(changes, "brandId", p.brandId, r.brandId());
        change(changes, "brandName", p.brandName, r.brandName());
        change(changes, "category", p.category, r.category());
        change(changes, "imageUrl", p.imageUrl, r.imageUrl());
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }

    private static void copy(Stored r, ProductEntity p, Instant now) {
        p.name = r.name();
        p.brandId = r.brandId();
        p.brandName = r.brandName();
        p.category = r.category();
        p.consumerPrice = r.consumerPrice();
        p.costPrice = r.costPrice();
        p.status = r.status();
        p.validDays = r.validDays();
        p.validUntil = r.validUntil();
        p.imageUrl = r.imageUrl();
        p.searchKeywords = r.searchKeywords();
        p.listingRank = r.listingRank();
        p.updatedAt = now;
    }

    /** Brands the products refer to that are not stored yet (the product table has a foreign key to brand). */
    private Uni<List<BrandEntity>> missingBrands(Collection<Stored> records, Instant now) {
        Map<String, Stored> byBrand = new LinkedHashMap<>();
        records.stream().filter(r -> r.brandId() != null).forEach(r -> byBrand.putIfAbsent(r.brandId(), r));
        if (byBrand.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return brandRows.knownIds(byBrand.keySet()).map(known -> {
            List<BrandEntity> missing = new ArrayList<>();
            byBrand.forEach((id, r) -> {
                if (!known.contains(id)) {
                    BrandEntity b = new BrandEntity();
                    b.id = id;
                    b.provider = r.provider();
                    b.brandCode = r.brandCode();
                    b.name = r.brandName() == null ? r.brandCode() : r.brandName();
                    b.updatedAt = now;
                    missing.add(b);
                }
            });
            return missing;
        });
    }

    private Uni<Void> progress(
            UUID runId, String provider, Instant now, Function<SyncProviderEntity, SyncProviderEntity> update) {
        return runs.providerOf(runId, provider)
                .invoke(pr -> {
                    if (pr != null) {
                        update.apply(pr);
                    }
                })
                .chain(() -> runs.findById(runId))
                .invoke(run -> {
                    if (run != null) {
                        run.heartbeatAt = now;
                    }
                })
                .replaceWithVoid();
    }

    /** The catalog's id of a provider product: {@code <provider>:<product code>}. */
    public static String id(CatalogProduct product) {
        return product.provider() + ":" + product.productCode();
    }

    private static BrandEntity brand(CatalogBrand b) {
        BrandEntity e = new BrandEntity();
        e.id = b.provider() + ":" + b.brandCode();
        e.provider = b.provider();
        e.brandCode = b.brandCode();
        e.name = cut(b.name() == null ? b.brandCode() : b.name(), 100);
        e.category = cut(b.category(), 200);
        e.imageUrl = cut(b.imageUrl(), 500);
        return e;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** A provider product as the catalog stores it: cut to the columns' sizes (V1), prices 0 when unknown. */
    record Stored(
            String provider,
            String goodsCode,
            String name,
            String brandCode,
            String brandName,
            String category,
            long consumerPrice,
            long costPrice,
            String status,
            Integer validDays,
            java.time.LocalDate validUntil,
            String imageUrl,
            String searchKeywords,
            Integer listingRank,
            String raw) {

        static Stored of(CatalogProduct p) {
            long consumer = p.consumerPrice() == null ? 0 : p.consumerPrice();
            return new Stored(
                    p.provider(),
                    p.productCode(),
                    cut(p.name(), 200),
                    p.brandCode(),
                    cut(p.brandName(), 100),
                    cut(p.category(), 200),
                    consumer,
                    p.purchasePrice() == null ? consumer : p.purchasePrice(),
                    p.available() ? ProductEntity.ON_SALE : ProductEntity.SUSPENDED,
                    p.validDays(),
                    p.validUntil(),
                    cut(p.imageUrl(), 500),
                    cut(p.searchKeywords(), 1000),
                    p.listingRank(),
                    p.raw());
        }

        String id() {
            return provider + ":" + goodsCode;
        }

        String brandId() {
            return brandCode == null || brandCode.isBlank() ? null : provider + ":" + brandCode;
        }
    }

    private static final class Counts {
        int added;
        int changed;
        int suspended;
        int rows;
    }
}
