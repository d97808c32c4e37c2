package io.gifticon.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class ProductSearchTest {

    @ParameterizedTest
    @ValueSource(strings = {"아메리카노", "스타벅스", "아메", "americano"})
    void shouldFindByKoreanPartialWordInNameBrandOrKeywords(String q) throws Throwable {
        String category = "search-" + UUID.randomUUID();
        store(product("giftishow", "S1", "카페 아메리카노 T", "스타벅스", category, 4500, 4230, 1, "americano, 커피"));
        store(product("giftishow", "S2", "녹차 프라푸치노", "투썸플레이스", category, 6100, 5730, 2, "녹차"));

        given().queryParam("q", q).queryParam("category", category).get("/api/v1/products")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", contains("카페 아메리카노 T"));
    }

    @Test
    void shouldFilterSortAndPageWithTotal() throws Throwable {
        String category = "filter-" + UUID.randomUUID();
        store(product("giftishow", "F1", "상품 A", "스타벅스", category, 3000, 2800, 3, null));
        store(product("giftishow", "F2", "상품 B", "스타벅스", category, 5000, 4700, 1, null));
        store(product("giftishow", "F3", "상품 C", "스타벅스", category, 7000, 6600, 2, null));
        store(product("giftletter", "F4", "상품 D", "GS25", category, 9000, 8500, null, null));

        given().queryParam("category", category).queryParam("sort", "-price").queryParam("page", 0)
                .queryParam("size", 2).get("/api/v1/products")
                .then().statusCode(200).body("total", equalTo(4)).body("size", equalTo(2))
                .body("items.consumerPrice", contains(9000, 7000));
        given().queryParam("category", category).queryParam("sort", "-price").queryParam("page", 1)
                .queryParam("size", 2).get("/api/v1/products")
                .then().statusCode(200).body("items.consumerPrice", contains(5000, 3000));
        given().queryParam("category", category).queryParam("provider", "giftishow").queryParam("minPrice", 4000)
                .queryParam("maxPrice", 8000).queryParam("sort", "popularity").get("/api/v1/products")
                .then().statusCode(200).body("total", equalTo(2)).body("items.name", contains("상품 B", "상품 C"));
        given().queryParam("category", category).queryParam("brand", "GS25").queryParam("status", "ON_SALE")
                .get("/api/v1/products")
                .then().statusCode(200).body("total", equalTo(1)).body("items.provider", everyItem(equalTo("giftletter")));
        given().queryParam("category", category).queryParam("sort", "name").get("/api/v1/products")
                .then().statusCode(200).body("items.name", contains("상품 A", "상품 B", "상품 C", "상품 D"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minPrice=abc", "maxPrice=-1", "minPrice=5000&maxPrice=100", "status=SOLD",
            "sort=cheapest", "provider=nope", "page=-1", "size=0"})
    void shouldAnswer400ProblemForBadQueryParameters(String query) {
        given().get("/api/v1/products?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldListBrandsOfOneProvider() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.merge(brand("giftletter", "77", "CU")))));

        given().queryParam("provider", "giftletter").get("/api/v1/brands")
                .then().statusCode(200)
                .body("brandId", hasItem("giftletter:77"))
                .body("provider", everyItem(equalTo("giftletter")));
        given().queryParam("provider", "giftishow").get("/api/v1/brands")
                .then().statusCode(200).body("brandId", not(hasItems("giftletter:77")));
        given().queryParam("provider", "nope").get("/api/v1/brands").then().statusCode(400);
    }

    private static void store(ProductEntity p) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.merge(p))));
    }

    private static ProductEntity product(String provider, String code, String name, String brand, String category,
            long price, long cost, Integer popularity, String keywords) {
        ProductEntity p = new ProductEntity();
        p.goodsCode = code + "-" + UUID.randomUUID().toString().substring(0, 8);
        p.id = provider + ":" + p.goodsCode;
        p.provider = provider;
        p.name = name;
        p.brandName = brand;
        p.category = category;
        p.consumerPrice = price;
        p.costPrice = cost;
        p.status = "ON_SALE";
        p.validDays = 30;
        p.popularity = popularity;
        p.searchKeywords = keywords;
        p.updatedAt = Instant.now();
        return p;
    }

    private static BrandEntity brand(String provider, String code, String name) {
        BrandEntity b = new BrandEntity();
        b.id = provider + ":" + code;
        b.provider = provider;
        b.brandCode = code;
        b.name = name;
        b.updatedAt = Instant.now();
        return b;
    }
}
