package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class MergedOpenApiTest {

    @Test
    void shouldMergeServicePathsWithTheGatewaysOwnPaths() {
        given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/coupons/{couponId}"))
                .body("paths", hasKey("/api/v1/webhooks"))
                .body("paths", hasKey("/api/v1/events/stream"))
                .body("paths", not(hasKey("/q/health")))
                .body("components.schemas", hasKey("CouponView"))
                .body("components.securitySchemes.ApiKey.name", org.hamcrest.Matchers.equalTo("X-Api-Key"));
    }

    @Test
    void shouldPublishTheEventContractForConsumers() {
        given().get("/api/v1/events/asyncapi.yaml")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("coupon-events"))
                .body(org.hamcrest.Matchers.containsString("coupon.issued"));
    }

    @Test
    void shouldHideHeadersOnlyTheGatewaySets() {
        given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/coupons/{couponId}'.get.parameters.name", not(hasItem("X-Client-Id")));
    }

    @Test
    void shouldNameTheServicesThatCouldNotBeReached() {
        // BackendStub: settlement-service drops every connection but its pages
        given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("x-missing-services", hasItem("settlement-service"));
    }
}
