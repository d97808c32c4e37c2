package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.gifticon.issuance.CouponRequests.CLIENT;
import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class CancelCouponTest {

    WireMockServer giftishow;

    @Test
    void shouldCancelIssuedCoupon() {
        String couponId = issued("Cancel me");

        cancel(couponId).statusCode(200).body("status", equalTo("CANCELLED")).body("pin", nullValue());
    }

    @Test
    void shouldAnswerSameWhenCancelledCouponIsCancelledAgain() {
        String couponId = issued("Twice");
        cancel(couponId).statusCode(200);

        cancel(couponId).statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void shouldRecordRedeemedWhenProviderSaysCouponWasUsed() {
        var reply = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Used"))
                .statusCode(201)
                .extract();
        // giftishow-biz-api.txt 부록 1: COUPON.0007 교환된 상품으로 취소가 불가능합니다
        giftishow.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .atPriority(1)
                .withRequestBody(containing("tr_id=" + reply.path("providerTransactionId")))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"COUPON.0007\",\"message\":\"교환된 상품으로 취소가 불가능합니다.\"}")));

        cancel(reply.path("couponId"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ALREADY_REDEEMED"))
                .body("providerCode", equalTo("COUPON.0007"))
                .body("status", equalTo("REDEEMED"));
    }

    @Test
    void shouldRefuseToCancelCouponThatWasNeverIssued() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_NO_MONEY, "Poor"))
                .statusCode(503)
                .extract()
                .path("couponId");

        cancel(couponId)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("COUPON_NOT_CANCELLABLE"));
    }

    @Test
    void shouldNotCancelAnotherClientsCoupon() {
        String couponId = issued("Not yours");

        given().header("X-Client-Id", "someone-else")
                .post("/api/v1/coupons/" + couponId + "/cancel")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListClientsCouponsFilteredByStatusWithoutPins() {
        String issued = issued("Listed");
        String cancelled = issued("Listed 2");
        cancel(cancelled).statusCode(200);

        given().header("X-Client-Id", CLIENT)
                .queryParam("status", "CANCELLED")
                .queryParam("size", 100)
                .get("/api/v1/coupons")
                .then()
                .statusCode(200)
                .body("items.couponId", hasItem(cancelled))
                .body("items.couponId", not(hasItem(issued)))
                .body("items.status", everyItem(equalTo("CANCELLED")))
                .body("items.pin", everyItem(nullValue()));
    }

    @Test
    void shouldRejectUnknownStatusFilterAsProblem() {
        given().header("X-Client-Id", CLIENT)
                .queryParam("status", "LOST")
                .get("/api/v1/coupons")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    private static String issued(String title) {
        return issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, title))
                .statusCode(201)
                .extract()
                .path("couponId");
    }

    private static io.restassured.response.ValidatableResponse cancel(String couponId) {
        return given().header("X-Client-Id", CLIENT)
                .post("/api/v1/coupons/" + couponId + "/cancel")
                .then();
    }
}
