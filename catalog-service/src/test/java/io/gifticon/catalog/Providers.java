package io.gifticon.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Object Mother of provider replies, in the shapes of giftishow-biz-api.txt §1.5/§3.5 (0101/0102) and
 * giftletter-b2c.txt §7/§8: a "world" of products that the next sync reads.
 */
public final class Providers {
    /** Products per 0101 page (catalog.sync.page-size in the test profile). */
    public static final int PAGE_SIZE = 2;

    private Providers() {}

    /** A unique goods code prefix, so that tests sharing the database do not see each other's products. */
    public static String uniqueCode() {
        return "G"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
    }

    /** One 0101 goods item. */
    public static String goods(String code, String name, String brandName, long sale, long cost, String state) {
        return """
                {"goodsCode":"%s","goodsNo":1,"goodsName":"%s","brandCode":"BR00001","brandName":"%s",
                 "salePrice":%d,"discountPrice":%d,"realPrice":%d,"discountRate":6,"goodsStateCd":"%s",
                 "validPrdTypeCd":"01","limitDay":30,"srchKeyword":"커피, 음료","goodsTypeDtlNm":"카페",
                 "goodsImgB":"https://biz.giftishow.com/Resource/goods/%s/%s.jpg"}""".formatted(code, name, brandName, sale, cost, cost, state, code, code);
    }

    /** Resets the stubs: Giftishow lists {@code items} over pages of {@link #PAGE_SIZE}; GiftLetter brands are empty. */
    public static void world(WireMockServer server, List<String> giftishowItems) {
        server.resetAll();
        brands(server);
        giftishow(server, giftishowItems);
        giftletterBrand(server, "50", List.of());
        giftletterBrand(server, "51", List.of());
    }

    public static void giftishow(WireMockServer server, List<String> items) {
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int page = 1; page <= pages; page++) {
            List<String> slice = items.subList(
                    Math.min(items.size(), (page - 1) * PAGE_SIZE), Math.min(items.size(), page * PAGE_SIZE));
            server.stubFor(post(urlEqualTo("/bizApi/goods"))
                    .withFormParam("start", equalTo(String.valueOf(page)))
                    .willReturn(json("""
                            {"code":"0000","message":null,"result":{"listNum":%d,"goodsList":[%s]}}""".formatted(items.size(), String.join(",", slice)))));
        }
    }

    /** Page {@code page} of 0101 answers 500, every time. */
    public static void giftishowPageFails(WireMockServer server, int page) {
        server.stubFor(post(urlEqualTo("/bizApi/goods"))
                .atPriority(1)
                .withFormParam("start", equalTo(String.valueOf(page)))
                .willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
    }

    public static void brands(WireMockServer server) {
        server.stubFor(post(urlEqualTo("/bizApi/brands")).willReturn(json("""
                {"code":"0000","message":null,"result":{"listNum":1,"brandList":[
                 {"brandSeq":1,"brandCode":"BR00001","brandName":"스타벅스","category1Name":"커피/음료","sort":1,
                  "brandIconImg":"https://biz.giftishow.com/Resource/brand/BR00001.jpg"}]}}""")));
    }

    /** GiftLetter getGoodsInfoList of one brand, and getGoodsInfo of each of its products. */
    public static void giftletterBrand(WireMockServer server, String brandId, List<String[]> products) {
        List<String> list = new ArrayList<>();
        for (String[] p : products) {
            // id, name, price, supply price, status
            list.add("""
                    {"GOODS_ID":"%s","GOODS_NAME":"%s","BRAND_NAME":"GS25","PRICE":"%s","IMG_URL":"http://image.gift-n.net/goods/%s_1.jpg","STATUS":"%s"}""".formatted(p[0], p[1], p[2], p[0], p[4]));
            server.stubFor(get(urlPathEqualTo("/giftletter/getGoodsInfo"))
                    .withQueryParam("goods_id", equalTo(p[0]))
                    .willReturn(json("""
                            {"GOODS_ID":"%s","GOODS_NAME":"%s","BRAND_ID":"%s","BRAND_NAME":"GS25","PRICE":"%s",
                             "SPRICE":"%s","MSG_TYPE":"2","IMG_URL":"","EXDATE":"60","GOODS_MEMO":"","BRAND_MEMO":"",
                             "STATUS":"%s"}""".formatted(p[0], p[1], brandId, p[2], p[3], p[4]))));
        }
        server.stubFor(get(urlPathEqualTo("/giftletter/getGoodsInfoList"))
                .withQueryParam("brand_id", equalTo(brandId))
                .willReturn(json("[" + String.join(",", list) + "]")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }
}
