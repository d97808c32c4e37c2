package io.gifticon.catalog.fakeprov;

import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.CatalogBrand;
import io.gifticon.providers.spi.CatalogPage;
import io.gifticon.providers.spi.CatalogProduct;
import io.gifticon.providers.spi.CatalogSource;
import io.gifticon.providers.spi.Unsupported;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * A provider that exists only in the tests, registered through the SPI like any adapter (a CDI bean implementing
 * {@link CatalogSource}): the catalog syncs and serves it without any code knowing its name. Lists its catalogue in
 * pages and has a brand list; a test says what it lists.
 */
@ApplicationScoped
public class FakeProvider implements CatalogSource {
    public static final String ID = "fakeprov";

    private volatile List<CatalogBrand> brands = List.of();
    private volatile List<CatalogProduct> products = List.of();

    /** What the next sync reads. */
    public void lists(List<CatalogBrand> brands, List<CatalogProduct> products) {
        this.brands = List.copyOf(brands);
        this.products = List.copyOf(products);
    }

    @Override
    public String provider() {
        return ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CATALOG_PAGES, Capability.BRANDS);
    }

    @Override
    public Uni<CatalogPage> products(int page, int size) {
        List<CatalogProduct> all = products;
        int from = Math.min(all.size(), (page - 1) * size);
        return Uni.createFrom()
                .item(new CatalogPage(page, size, all.size(), all.subList(from, Math.min(all.size(), from + size))));
    }

    @Override
    public Uni<List<CatalogProduct>> productsOfBrand(String brandCode) {
        return Unsupported.operation(ID, "products of one brand");
    }

    @Override
    public Uni<List<CatalogBrand>> brands() {
        return Uni.createFrom().item(brands);
    }
}
