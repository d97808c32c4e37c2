package io.gifticon.issuance.fakeprov;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.issuance.CatalogStub;
import io.gifticon.issuance.GiftishowStub;
import io.gifticon.providers.spi.CouponState;
import io.gifticon.providers.spi.IssueCouponRequest;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A provider added as one SPI adapter (test-only {@link FakeIssuer}) is checked, issues, cancels and reports like the
 * real ones.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class FakeProviderIssuanceTest {
    private static final String CLIENT = "acme";

    @Inject
    FakeIssuer fake;

    @Test
    void shouldIssueACouponOfAProviderKnownOnlyThroughTheSpi() {
        var coupon = issue("FAKE0001").statusCode(201).extract();

        assertThat(coupon.<String>path("status")).isEqualTo("ISSUED");
        assertThat(coupon.<String>path("pin")).isEqualTo("9999000011112222");
        assertThat(fake.issued()).anySatisfy(sent -> {
            assertThat(sent.transactionId()).isEqualTo(coupon.<String>path("providerTransactionId"));
            assertThat(sent.productCode()).isEqualTo("FAKE0001");
            assertThat(sent.recipientPhone()).isEqualTo("01012345678");
            assertThat(sent.delivery()).isEqualTo(IssueCouponRequest.Delivery.PIN);
        });
    }

    @Test
    void shouldRefuseWhatItsOwnRulesForbidBeforeStoringAnything() {
        int sends = fake.issued().size();

        issue(FakeIssuer.ID, "FAKE0004", ",\"scheduledAt\":\"2099-01-01T00:00:00Z\"")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("errors.field", contains("scheduledAt"));
        assertThat(fake.issued()).hasSize(sends);
    }

    @Test
    void shouldCancelItsCouponThroughTheSpi() {
        var coupon = issue("FAKE0002").statusCode(201).extract();

        given().header("X-Client-Id", CLIENT)
                .post("/api/v1/coupons/" + coupon.path("couponId") + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(fake.cancelled())
                .anySatisfy(
                        ref -> assertThat(ref.transactionId()).isEqualTo(coupon.<String>path("providerTransactionId")));
    }

    @Test
    void shouldRecordTheRedemptionItsStatusReports() {
        ExtractableResponse<Response> coupon = issue("FAKE0003").statusCode(201).extract();
        fake.reports(coupon.path("providerTransactionId"), CouponState.State.REDEEMED);

        given().header("X-Client-Id", CLIENT)
                .queryParam("refresh", true)
                .get("/api/v1/coupons/" + coupon.path("couponId"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REDEEMED"));
    }

    @Test
    void shouldRefuseAProductOfAProviderNoAdapterKnows() {
        issue("nobody", "ABC123")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_NOT_ISSUABLE"))
                .body("retryable", equalTo(false));
    }

    private static ValidatableResponse issue(String goodsCode) {
        return issue(FakeIssuer.ID, goodsCode);
    }

    private static ValidatableResponse issue(String provider, String goodsCode) {
        return issue(provider, goodsCode, "");
    }

    private static ValidatableResponse issue(String provider, String goodsCode, String moreFields) {
        return given().contentType(ContentType.JSON)
                .header("X-Client-Id", CLIENT)
                .header("X-Client-Scopes", "coupons:read")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"productId":"%s:%s","recipientPhone":"01012345678","delivery":"PIN","title":"Fake",
                         "message":"A coffee on us","senderPhone":"0212345678"%s}""".formatted(provider, goodsCode, moreFields))
                .post("/api/v1/coupons")
                .then();
    }
}
