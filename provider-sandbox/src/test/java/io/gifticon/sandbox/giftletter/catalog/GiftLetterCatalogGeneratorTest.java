package io.gifticon.sandbox.giftletter.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftLetterCatalogGeneratorTest {

    private static final List<Integer> BRAND_IDS = List.of(50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63);

    @Test
    void shouldKeepTheFixedTestProductsAtTheirIds() {
        List<GiftLetterGoods> goods = GiftLetterCatalogGenerator.generate(BRAND_IDS, 60, 1L);

        assertThat(goods)
                .filteredOn(g -> g.goodsId().equals(GiftLetterCatalogGenerator.GS25_10000))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.name()).isEqualTo("[GS25] 모바일상품권 1만원");
                    assertThat(g.brand().brandId()).isEqualTo(50);
                });
        assertThat(goods)
                .filteredOn(g -> g.goodsId().equals(GiftLetterCatalogGenerator.OIL_10000))
                .singleElement()
                .satisfies(g -> assertThat(g.brand().dateOnlyExchange()).isTrue());
        assertThat(goods)
                .filteredOn(g -> g.goodsId().equals(GiftLetterCatalogGenerator.DISCONTINUED))
                .singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo("N"));
    }

    @Test
    void shouldFillTheRequestedSizeWithUniqueIdsAndSupplyPricesBelowMarket() {
        List<GiftLetterGoods> goods = GiftLetterCatalogGenerator.generate(BRAND_IDS, 80, 1L);

        assertThat(goods).hasSize(80);
        assertThat(goods)
                .extracting(GiftLetterGoods::goodsId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("\\d{10}"));
        assertThat(goods)
                .allSatisfy(
                        g -> assertThat(g.supplyPrice()).isLessThan(g.price()).isPositive());
    }

    @Test
    void shouldGiveOnlyAsManyBrandsAsConfiguredIds() {
        List<GiftLetterGoods> goods = GiftLetterCatalogGenerator.generate(List.of(7, 8), 0, 1L);

        assertThat(goods).extracting(g -> g.brand().brandId()).containsOnly(7, 8);
    }

    @Test
    void shouldBeDeterministicForASeed() {
        assertThat(GiftLetterCatalogGenerator.generate(BRAND_IDS, 60, 42L))
                .extracting(GiftLetterGoods::supplyPrice)
                .isEqualTo(GiftLetterCatalogGenerator.generate(BRAND_IDS, 60, 42L).stream()
                        .map(GiftLetterGoods::supplyPrice)
                        .toList());
    }
}
