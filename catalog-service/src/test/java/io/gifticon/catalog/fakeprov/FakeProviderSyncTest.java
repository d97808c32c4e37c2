package io.gifticon.catalog.fakeprov;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gifticon.catalog.ProviderStub;
import io.gifticon.catalog.Providers;
import io.gifticon.catalog.Syncs;
import io.gifticon.providers.spi.CatalogBrand;
import io.gifticon.providers.spi.CatalogProduct;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A provider added as one SPI adapter (test-only {@link FakeProvider}) is synced and served like the real ones. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class FakeProviderSyncTest {
    @Inject
    FakeProvider fake;

    @Test
    void shouldStoreAndServeTheProductsOfAProviderKnownOnlyThroughTheSpi() {
        String code = Providers.uniqueCode();
        String brand = "FB" + code;
        fake.lists(
                List.of(new CatalogBrand(FakeProvider.ID, brand, "가짜 브랜드", null, "테스트")),
                List.of(new CatalogProduct(
                        FakeProvider.ID,
                        code,
                        "가짜 상품",
                        brand,
                        "가짜 브랜드",
                        10_000L,
                        9_000L,
                        null,
                        true,
                        "테스트",
                        null,
                        LocalDate.of(2027, 12, 31),
                        "가짜",
                        1,
                        "{\"code\":\"" + code + "\"}")));

        JsonPath run = syncFakeProvider();

        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("providers.find { it.provider == 'fakeprov' }.added"))
                .isEqualTo(1);
        given().get("/api/v1/products/fakeprov:" + code)
                .then()
                .statusCode(200)
                .body("provider", equalTo("fakeprov"))
                .body("consumerPrice", equalTo(10_000))
                .body("costPrice", equalTo(9_000))
                .body("validUntil", equalTo("2027-12-31"))
                .body("status", equalTo("ON_SALE"));
        given().get("/api/v1/products?provider=fakeprov&q=가짜")
                .then()
                .statusCode(200)
                .body("items.productId", hasItem("fakeprov:" + code));
        given().get("/api/v1/brands?provider=fakeprov")
                .then()
                .statusCode(200)
                .body("brandId", hasItem("fakeprov:" + brand));
    }

    @Test
    void shouldDiscontinueAProductTheProviderNoLongerLists() {
        String code = Providers.uniqueCode();
        fake.lists(
                List.of(),
                List.of(new CatalogProduct(FakeProvider.ID, code, "곧 단종", null, null, 1_000L, 900L, null, true)));
        syncFakeProvider();
        fake.lists(List.of(), List.of());

        JsonPath run = syncFakeProvider();

        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        given().get("/api/v1/products/fakeprov:" + code).then().statusCode(200).body("status", equalTo("DISCONTINUED"));
    }

    private static JsonPath syncFakeProvider() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"provider\":\"fakeprov\"}")
                .post("/api/v1/catalog/syncs")
                .then()
                .statusCode(202)
                .extract()
                .path("syncId");
        return Syncs.awaitFinished(id);
    }
}
