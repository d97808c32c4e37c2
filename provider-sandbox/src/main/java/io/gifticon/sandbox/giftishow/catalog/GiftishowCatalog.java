package io.gifticon.sandbox.giftishow.catalog;

import io.gifticon.sandbox.giftishow.config.GiftishowConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The simulated Giftishow catalog, generated once at start-up and read-only afterwards. */
@ApplicationScoped
public class GiftishowCatalog {

    private final List<Goods> goods;
    private final Map<String, Goods> goodsByCode;
    private final List<Brand> brands;
    private final Map<String, Brand> brandsByCode;

    public GiftishowCatalog(GiftishowConfig config) {
        CatalogGenerator.Catalog catalog =
                CatalogGenerator.generate(config.catalogSize(), config.seed(), config.publicBaseUrl());
        this.goods = catalog.goods();
        this.brands = catalog.brands();
        this.goodsByCode = index(goods, Goods::goodsCode);
        this.brandsByCode = index(brands, Brand::brandCode);
        Log.infof(
                "Giftishow catalog generated: %d products, %d brands (seed %d)",
                goods.size(), brands.size(), config.seed());
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
    }

    public int goodsCount() {
        return goods.size();
    }

    /** One page of products; {@code page} starts at 1 (giftishow-biz-api.txt §1.4 {@code start}). */
    public List<Goods> page(int page, int size) {
        long from = (long) (page - 1) * size;
        if (from >= goods.size()) {
            return List.of();
        }
        return goods.subList((int) from, (int) Math.min(goods.size(), from + size));
    }

    public Optional<Goods> goods(String goodsCode) {
        return Optional.ofNullable(goodsByCode.get(goodsCode));
    }

    public List<Brand> brands() {
        return brands;
    }

    public Optional<Brand> brand(String brandCode) {
        return Optional.ofNullable(brandsByCode.get(brandCode));
    }
}
