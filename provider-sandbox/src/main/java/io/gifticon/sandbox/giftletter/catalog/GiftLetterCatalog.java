package io.gifticon.sandbox.giftletter.catalog;

import io.gifticon.sandbox.giftletter.config.GiftLetterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The generated GiftLetter catalog, read-only. */
@ApplicationScoped
public class GiftLetterCatalog {

    private final Map<String, GiftLetterGoods> goods = new LinkedHashMap<>();
    private final Map<Integer, GiftLetterBrand> brands = new LinkedHashMap<>();

    public GiftLetterCatalog(GiftLetterConfig config) {
        for (GiftLetterGoods item :
                GiftLetterCatalogGenerator.generate(config.brandIds(), config.catalogSize(), config.seed())) {
            goods.put(item.goodsId(), item);
            brands.putIfAbsent(item.brand().brandId(), item.brand());
        }
    }

    public Optional<GiftLetterGoods> goods(String goodsId) {
        return Optional.ofNullable(goods.get(goodsId));
    }

    public Optional<GiftLetterBrand> brand(int brandId) {
        return Optional.ofNullable(brands.get(brandId));
    }

    public List<GiftLetterGoods> goodsOf(int brandId) {
        return goods.values().stream()
                .filter(g -> g.brand().brandId() == brandId)
                .toList();
    }

    public List<GiftLetterBrand> brands() {
        return List.copyOf(brands.values());
    }

    public int size() {
        return goods.size();
    }
}
