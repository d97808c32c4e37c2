package io.gifticon.sandbox.giftletter;

import static io.gifticon.sandbox.support.GiftLetterCalls.CID;
import static io.gifticon.sandbox.support.GiftLetterCalls.DISCONTINUED;
import static io.gifticon.sandbox.support.GiftLetterCalls.GS25_10000;
import static io.gifticon.sandbox.support.GiftLetterCalls.GS25_BRAND;
import static io.gifticon.sandbox.support.GiftLetterCalls.call;
import static io.gifticon.sandbox.support.GiftLetterCalls.enc;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftLetterCatalogTest {

    @Test
    void shouldListProductsOfABrandWithMarketPrice() {
        call("getGoodsInfoList", Map.of("cid", CID, "brand_id", "50", "enc", enc("50")))
                .body("GOODS_ID", hasItem(GS25_10000))
                .body("find { it.GOODS_ID == '0000000582' }.GOODS_NAME", equalTo("[GS25] 모바일상품권 1만원"))
                .body("find { it.GOODS_ID == '0000000582' }.PRICE", equalTo("10000"))
                .body("find { it.GOODS_ID == '0000000582' }.STATUS", equalTo("Y"));
    }

    @Test
    void shouldAnswerStatusEWithoutRstCodeForUnknownBrand() {
        call("getGoodsInfoList", Map.of("cid", CID, "brand_id", "999", "enc", enc("999")))
                .body("STATUS", equalTo("E"))
                .body("rstCode", nullValue());
    }

    @Test
    void shouldAnswerStatusCForWrongEncOnList() {
        call("getGoodsInfoList", Map.of("cid", CID, "brand_id", String.valueOf(GS25_BRAND), "enc", enc("51")))
                .body("STATUS", equalTo("C"));
    }

    @Test
    void shouldGiveSupplyPriceBelowMarketPriceInGoodsInfo() {
        call("getGoodsInfo", Map.of("cid", CID, "goods_id", GS25_10000, "enc", enc(GS25_10000)))
                .body("GOODS_ID", equalTo(GS25_10000))
                .body("BRAND_ID", equalTo("50"))
                .body("PRICE", equalTo("10000"))
                .body("SPRICE", not(equalTo("10000")))
                .body("EXDATE", equalTo("2030-12-31"))
                .body("STATUS", equalTo("Y"));
    }

    @Test
    void shouldMarkDiscontinuedGoodsWithStatusN() {
        call("getGoodsInfo", Map.of("cid", CID, "goods_id", DISCONTINUED, "enc", enc(DISCONTINUED)))
                .body("STATUS", equalTo("N"));
    }

    @Test
    void shouldAnswerStatusEForUnknownGoods() {
        call("getGoodsInfo", Map.of("cid", CID, "goods_id", "0000009999", "enc", enc("0000009999")))
                .body("STATUS", equalTo("E"));
    }

    @Test
    void shouldGiveBrandImageWithoutEnc() {
        call("getBrandImage", Map.of("cid", CID, "brand_id", "50"))
                .body("BRAND_NAME", equalTo("GS25"))
                .body("STATUS", equalTo("Y"));
    }
}
