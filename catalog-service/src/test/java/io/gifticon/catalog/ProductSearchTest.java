package io.gifticon.catalog;

import static io.gifticon.catalog.Products.inCategory;
import static io.gifticon.catalog.Products.product;
import static io.gifticon.catalog.Products.store;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
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
    @ValueSource(strings = {"아메리카노", "스타벅스", "아메", "아메리", "메리카", "americano", "AMERICANO", "카페", "벅스"})
    void shouldFindByKoreanPartialWordInNameBrandOrKeywords(String q) throws Throwable {
        String category = "search-" + UUID.randomUUID();
        store(product("giftishow", "S1", "카페 아메리카노 T", "스타벅스", category, 4500, 4230, 1, "americano, 커피"));
        store(product("giftishow", "S2", "녹차 프라푸치노", "투썸플레이스", category, 6100, 5730, 2, "녹차"));

        given().queryParam("q", q)
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("totalRelation", equalTo("eq"))
                .body("items.name", contains("카페 아메리카노 T"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"커피", "치킨", "라떼"})
    void shouldFindTwoCharacterKoreanTermsInNameBrandOrKeywords(String q) throws Throwable {
        String category = "two-" + UUID.randomUUID();
        inCategory(category, "카페 라떼 T", "스타벅스", "커피");
        inCategory(category, "황금올리브치킨", "BBQ", null);
        inCategory(category, "반반 세트", "치킨플러스", "커피 아님");
        inCategory(category, "녹차 프라푸치노", "투썸플레이스", "음료");

        var names = switch (q) {
            case "커피" -> new String[] {"카페 라떼 T", "반반 세트"};
            case "치킨" -> new String[] {"황금올리브치킨", "반반 세트"};
            default -> new String[] {"카페 라떼 T"};
        };
        given().queryParam("q", q)
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(names.length))
                .body("items.name", containsInAnyOrder(names));
    }

    @Test
    void shouldFindOneCharacterTermAnywhereInAWord() throws Throwable {
        String category = "one-" + UUID.randomUUID();
        inCategory(category, "식빵 세트", "파리바게뜨", null);
        inCategory(category, "빵", "뚜레쥬르", null);
        inCategory(category, "케이크", "뚜레쥬르", null);

        given().queryParam("q", "빵")
                .queryParam("category", category)
                .queryParam("sort", "name")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("빵", "식빵 세트"));
    }

    @Test
    void shouldRequireEveryTermOfAQueryInAnyOrder() throws Throwable {
        String category = "terms-" + UUID.randomUUID();
        inCategory(category, "카페 아메리카노 T", "스타벅스", null);
        inCategory(category, "아메리카노 R", "이디야", null);
        inCategory(category, "카페 라떼 T", "스타벅스", null);

        given().queryParam("q", "스타벅스 아메리카노")
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("카페 아메리카노 T"));
        given().queryParam("q", "  아메리카노   스타벅스 ")
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("카페 아메리카노 T"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "아%노", "아_", "\\"})
    void shouldTreatLikeWildcardsAsPlainCharacters(String q) throws Throwable {
        String category = "wild-" + UUID.randomUUID();
        inCategory(category, "카페 아메리카노 T", "스타벅스", null);

        given().queryParam("q", q)
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void shouldFindTermsOnlyInTheOrderTheyAreWritten() throws Throwable {
        String category = "order-" + UUID.randomUUID();
        // has the pieces 아메, 메리 (and 리카, 카노) but not "아메리카" in a row
        inCategory(category, "아메 메리 리카", "가게", null);
        inCategory(category, "아메리카노", "가게", null);

        given().queryParam("q", "아메리카")
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("아메리카노"));
    }

    @Test
    void shouldCountTotalExactlyUpToTheLimitAndAsLowerBoundAbove() throws Throwable {
        // %test.catalog.search.exact-total-limit=5
        String category = "total-" + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            inCategory(category, "상품 " + i, "브랜드", null);
        }

        given().queryParam("category", category)
                .queryParam("size", 2)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("totalRelation", equalTo("gte"))
                .body("items.name", contains("상품 0", "상품 1"));
        // the last page knows the exact total
        given().queryParam("category", category)
                .queryParam("size", 2)
                .queryParam("page", 3)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("totalRelation", equalTo("eq"))
                .body("items.name", contains("상품 6"));
        given().queryParam("category", category)
                .queryParam("size", 3)
                .queryParam("q", "상품 브랜드")
                .queryParam("maxPrice", 5000)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("totalRelation", equalTo("gte"));
        given().queryParam("category", category)
                .queryParam("size", 2)
                .queryParam("q", "상품 3")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("totalRelation", equalTo("eq"));
    }

    @Test
    void shouldFilterSortAndPageWithTotal() throws Throwable {
        String category = "filter-" + UUID.randomUUID();
        store(product("giftishow", "F1", "상품 A", "스타벅스", category, 3000, 2800, 3, null));
        store(product("giftishow", "F2", "상품 B", "스타벅스", category, 5000, 4700, 1, null));
        store(product("giftishow", "F3", "상품 C", "스타벅스", category, 7000, 6600, 2, null));
        store(product("giftletter", "F4", "상품 D", "GS25", category, 9000, 8500, null, null));

        given().queryParam("category", category)
                .queryParam("sort", "-price")
                .queryParam("page", 0)
                .queryParam("size", 2)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("totalRelation", equalTo("eq"))
                .body("size", equalTo(2))
                .body("items.consumerPrice", contains(9000, 7000));
        given().queryParam("category", category)
                .queryParam("sort", "-price")
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5000, 3000));
        given().queryParam("category", category)
                .queryParam("provider", "giftishow")
                .queryParam("minPrice", 4000)
                .queryParam("maxPrice", 8000)
                .queryParam("sort", "popularity")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains("상품 B", "상품 C"));
        given().queryParam("category", category)
                .queryParam("brand", "GS25")
                .queryParam("status", "ON_SALE")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.provider", everyItem(equalTo("giftletter")));
        given().queryParam("category", category)
                .queryParam("sort", "name")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("상품 A", "상품 B", "상품 C", "상품 D"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "minPrice=abc",
                "maxPrice=-1",
                "minPrice=5000&maxPrice=100",
                "status=SOLD",
                "sort=cheapest",
                "provider=nope",
                "page=-1",
                "size=0",
                "size=abc",
                "page=x",
                "minPrice=1e3",
                "maxPrice=99999999999999999999"
            })
    void shouldAnswer400ProblemForBadQueryParameters(String query) {
        given().get("/api/v1/products?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldListEveryInvalidSearchParameterInOneProblem() {
        given().get("/api/v1/products?size=abc&page=-1&sort=cheapest&minPrice=5000&maxPrice=100")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("minPrice", "page", "size", "sort"))
                .body("errors.find { it.field == 'size' }.message", equalTo("a whole number from 1 to 100"));
    }

    @Test
    void shouldListBrandsOfOneProvider() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.merge(brand("giftletter", "77", "CU")))));

        given().queryParam("provider", "giftletter")
                .get("/api/v1/brands")
                .then()
                .statusCode(200)
                .body("brandId", hasItem("giftletter:77"))
                .body("provider", everyItem(equalTo("giftletter")));
        given().queryParam("provider", "giftishow")
                .get("/api/v1/brands")
                .then()
                .statusCode(200)
                .body("brandId", not(hasItems("giftletter:77")));
        given().queryParam("provider", "nope").get("/api/v1/brands").then().statusCode(400);
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
