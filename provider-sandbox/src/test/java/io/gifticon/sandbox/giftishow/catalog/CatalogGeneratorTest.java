package io.gifticon.sandbox.giftishow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {

    private static final String BASE = "http://localhost:8090";

    @Test
    void shouldGenerateTheSameCatalogForTheSameSeed() {
        assertThat(CatalogGenerator.generate(200, 42, BASE)).isEqualTo(CatalogGenerator.generate(200, 42, BASE));
    }

    @Test
    void shouldGenerateRequestedNumberOfProductsWithUniqueCodes() {
        var goods = CatalogGenerator.generate(500, 7, BASE).goods();

        assertThat(goods).hasSize(500);
        assertThat(goods).extracting(Goods::goodsCode).doesNotHaveDuplicates().allMatch(c -> c.matches("G\\d{11}"));
    }

    @Test
    void shouldGenerateFullSizeCatalogOfOneHundredThousandProducts() {
        var goods = CatalogGenerator.generate(100_000, 3, BASE).goods();

        assertThat(goods).hasSize(100_000);
        assertThat(goods).extracting(Goods::goodsCode).doesNotHaveDuplicates();
    }

    @Test
    void shouldAlwaysContainAmericanoOnSaleAndOneSuspendedProduct() {
        var goods = CatalogGenerator.generate(2, 1, BASE).goods();

        assertThat(goods).anySatisfy(g -> {
            assertThat(g.goodsCode()).isEqualTo(CatalogGenerator.AMERICANO_CODE);
            assertThat(g.brand().brandName()).isEqualTo("스타벅스");
            assertThat(g.goodsName()).isEqualTo("카페 아메리카노 T");
            assertThat(g.salePrice()).isEqualTo(4500);
            assertThat(g.discountPrice()).isEqualTo(4230);
            assertThat(g.goodsStateCd()).isEqualTo(Goods.ON_SALE);
        });
        assertThat(goods).anySatisfy(g -> {
            assertThat(g.goodsCode()).isEqualTo(CatalogGenerator.SUSPENDED_CODE);
            assertThat(g.goodsStateCd()).isEqualTo(Goods.SUSPENDED);
        });
    }

    @Test
    void shouldCutTheWonDigitOfDiscountedPrices() {
        assertThat(CatalogGenerator.discounted(4500, 6)).isEqualTo(4230);
        assertThat(CatalogGenerator.discounted(4500, 9)).isEqualTo(4090);
        assertThat(CatalogGenerator.discounted(800, 11)).isEqualTo(710);
    }

    @Test
    void shouldDiscountVouchersByOneOrTwoPercentAndItemsBySixToTwelve() {
        var goods = CatalogGenerator.generate(300, 3, BASE).goods();

        assertThat(goods)
                .filteredOn(g -> g.goodsTypeCd().equals("AMT"))
                .isNotEmpty()
                .allMatch(g -> g.discountRate() >= 1 && g.discountRate() <= 2);
        assertThat(goods)
                .filteredOn(g -> g.goodsTypeCd().equals("GNR"))
                .allMatch(g -> g.discountRate() >= 6 && g.discountRate() <= 12);
    }
}
