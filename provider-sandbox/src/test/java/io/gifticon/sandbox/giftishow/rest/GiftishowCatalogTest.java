package io.gifticon.sandbox.giftishow.rest;

import static io.gifticon.sandbox.support.GiftishowCalls.AMERICANO;
import static io.gifticon.sandbox.support.GiftishowCalls.auth;
import static io.gifticon.sandbox.support.GiftishowCalls.post;
import static io.gifticon.sandbox.support.GiftishowCalls.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftishowCatalogTest {

    @Test
    void shouldPageGoodsListWithStartAndSize() {
        List<String> first =
                page("1", "20").body("result.goodsList", hasSize(20)).extract().path("result.goodsList.goodsCode");
        List<String> second =
                page("2", "20").body("result.goodsList", hasSize(20)).extract().path("result.goodsList.goodsCode");
        page("10", "20").body("result.goodsList", hasSize(20));
        page("11", "20").body("result.listNum", equalTo(200)).body("result.goodsList", hasSize(0));

        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void shouldDefaultToFirstPageOfTwentyProducts() {
        post("goods", auth("0101"))
                .body("code", equalTo("0000"))
                .body("result.listNum", equalTo(200))
                .body("result.goodsList", hasSize(20))
                .body("result.goodsList[0].goodsCode", equalTo(AMERICANO));
    }

    @Test
    void shouldRefuseNonNumericPageWithPag0001() {
        page("first", "20").body("code", equalTo("PAG0001"));
    }

    @Test
    void shouldDescribeAmericanoInGoodsDetail() {
        post("goods/" + AMERICANO, auth("0111"))
                .body("code", equalTo("0000"))
                .body("result.goodsDetail.goodsName", equalTo("카페 아메리카노 T"))
                .body("result.goodsDetail.brandName", equalTo("스타벅스"))
                .body("result.goodsDetail.salePrice", equalTo(4500))
                .body("result.goodsDetail.discountPrice", equalTo(4230))
                .body("result.goodsDetail.goodsStateCd", equalTo("SALE"))
                .body("result.goodsDetail.vipPrice", equalTo(4090));
    }

    @Test
    void shouldShowSuspendedProductAsSus() {
        post("goods/G00000000001", auth("0111")).body("result.goodsDetail.goodsStateCd", equalTo("SUS"));
    }

    @Test
    void shouldRefuseUnknownGoodsDetailWithErr0401() {
        post("goods/G99999999999", auth("0111")).body("code", equalTo("ERR0401"));
    }

    @Test
    void shouldListBrandsWithTheirCount() {
        List<Map<String, Object>> brands = post("brands", auth("0102"))
                .body("code", equalTo("0000"))
                .extract()
                .path("result.brandList");
        int listNum = post("brands", auth("0102")).extract().path("result.listNum");

        assertThat(brands).hasSize(listNum).extracting(b -> b.get("brandName")).contains("스타벅스", "GS25", "교촌치킨");
    }

    @Test
    void shouldDescribeBrandInBrandDetail() {
        post("brands/BR00001", auth("0112")).body("result.brandDetail.brandName", equalTo("스타벅스"));
    }

    private static io.restassured.response.ValidatableResponse page(String start, String size) {
        return post("goods", with(with(auth("0101"), "start", start), "size", size));
    }
}
