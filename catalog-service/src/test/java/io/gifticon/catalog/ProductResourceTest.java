package io.gifticon.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import java.net.URL;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class ProductResourceTest {

    @Test
    void shouldServeStoredProductById() throws Throwable {
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s.merge(americano()))));

        given().get("/api/v1/products/giftishow:G00000280811")
                .then()
                .statusCode(200)
                .body("name", equalTo("카페 아메리카노 T"))
                .body("brandName", equalTo("스타벅스"))
                .body("consumerPrice", equalTo(4500))
                .body("costPrice", equalTo(4230));
        given().get("/api/v1/products?page=0&size=10").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldAnswer404ProblemForUnknownProduct() {
        given().get("/api/v1/products/giftishow:NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_NOT_FOUND"));
    }

    @Test
    void shouldRejectPageSizeOverLimitAsProblem() {
        given().get("/api/v1/products?size=1000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    /** The management interface's root ({@code /q}) on its own random port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldServeHealthAndMetricsOnTheManagementPortOnly() {
        given().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "health/live").then().statusCode(200);
        given().get(management + "metrics").then().statusCode(200);
        // the public port (behind the gateway) serves neither; it keeps the OpenAPI document the gateway merges
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }

    private static ProductEntity americano() {
        ProductEntity p = new ProductEntity();
        p.id = "giftishow:G00000280811";
        p.provider = "giftishow";
        p.goodsCode = "G00000280811";
        p.name = "카페 아메리카노 T";
        p.brandName = "스타벅스";
        p.consumerPrice = 4500;
        p.costPrice = 4230;
        p.status = "ON_SALE";
        p.validDays = 30;
        p.updatedAt = Instant.now();
        return p;
    }
}
