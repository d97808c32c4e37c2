package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.gifticon.issuance.CouponRequests.CLIENT;
import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class FollowUpTest {

    WireMockServer giftishow;

    @Test
    void shouldRecordRedemptionTheProviderReportsOnRefresh() {
        var issued = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Used"))
                .statusCode(201)
                .extract();
        providerReportsPinStatus(issued.path("providerTransactionId"), "02", "교환(사용완료)");

        given().header("X-Client-Id", CLIENT)
                .queryParam("refresh", true)
                .get("/api/v1/coupons/" + issued.path("couponId"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REDEEMED"));
    }

    @Test
    void shouldKeepIssuedCouponIssuedWhenProviderReportsItIssued() {
        var issued = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Still"))
                .statusCode(201)
                .extract();
        providerReportsPinStatus(issued.path("providerTransactionId"), "01", "발행");

        given().header("X-Client-Id", CLIENT)
                .queryParam("refresh", true)
                .get("/api/v1/coupons/" + issued.path("couponId"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void shouldResendBySmsWithSameTrId() {
        var issued = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Again"))
                .statusCode(201)
                .extract();
        String trId = issued.path("providerTransactionId");

        given().header("X-Client-Id", CLIENT)
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"SMS\"}")
                .post("/api/v1/coupons/" + issued.path("couponId") + "/resend")
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"));

        // giftishow-biz-api.txt §7.4: sms_flag Y = SMS
        assertThat(giftishow.findAll(postRequestedFor(urlEqualTo("/bizApi/resend"))
                        .withRequestBody(containing("tr_id=" + trId))
                        .withRequestBody(containing("sms_flag=Y"))))
                .hasSize(1);
    }

    @Test
    void shouldRejectUnknownResendChannel() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Fax"))
                .statusCode(201)
                .extract()
                .path("couponId");

        given().header("X-Client-Id", CLIENT)
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"FAX\"}")
                .post("/api/v1/coupons/" + couponId + "/resend")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
    }

    private void providerReportsPinStatus(String trId, String code, String name) {
        // giftishow-biz-api.txt §5.5
        giftishow.stubFor(post(urlEqualTo("/bizApi/coupons"))
                .withRequestBody(containing("tr_id=" + trId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"code":"0000","message":null,"result":[{"couponInfoList":[{"goodsCd":"G00000280811",
                        "pinStatusCd":"%s","pinStatusNm":"%s","validPrdEndDt":"20261231235959"}],
                        "resCode":"0000","resMsg":"정상처리"}]}""".formatted(code, name))));
    }
}
