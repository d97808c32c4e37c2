package io.gifticon.settlement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.gifticon.settlement.support.CouponEventMother.pinHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class DiscrepancyResolutionTest {

    @Test
    void shouldResolveAnOpenDiscrepancyOnceWithItsNote() {
        String pin = "887766554433";
        String day = "2026-10-02";
        SettlementTestResources.wireMock()
                .stubFor(get(urlPathEqualTo(SettlementTestResources.EXCHANGE_LOG_PATH))
                        .withQueryParam("dt", com.github.tomakehurst.wiremock.client.WireMock.equalTo(day))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "text/plain; charset=UTF-8")
                                .withBody(pin + "|20261002093000|Seocho\n")));
        given().contentType("application/json")
                .body("{\"provider\":\"giftletter\",\"date\":\"" + day + "\"}")
                .post("/api/v1/settlement/redemption-imports")
                .then()
                .statusCode(200);
        long id = given().queryParam("status", "open")
                .get("/api/v1/settlement/discrepancies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.reference == 'giftletter:" + pinHash(pin) + "' }.id");

        given().contentType("application/json")
                .body("{\"note\":\"PIN sold over the counter; booked by hand\"}")
                .post("/api/v1/settlement/discrepancies/" + id + "/resolve")
                .then()
                .statusCode(200)
                .body("status", equalTo("resolved"))
                .body("resolutionNote", equalTo("PIN sold over the counter; booked by hand"));
        given().contentType("application/json")
                .body("{\"note\":\"again\"}")
                .post("/api/v1/settlement/discrepancies/" + id + "/resolve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().queryParam("status", "resolved")
                .get("/api/v1/settlement/discrepancies")
                .then()
                .statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("resolved"));
    }

    @Test
    void shouldAnswerProblemsForBadResolutions() {
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/settlement/discrepancies/1/resolve")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"note\":\"x\"}")
                .post("/api/v1/settlement/discrepancies/abc/resolve")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"note\":\"x\"}")
                .post("/api/v1/settlement/discrepancies/987654321/resolve")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
