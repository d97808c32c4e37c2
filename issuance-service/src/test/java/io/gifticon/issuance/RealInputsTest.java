package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What Korean businesses really send, and what a careless or hostile client sends: numbers of the numbering plan
 * in their written forms, byte limits of the providers' Varchar fields, products that cannot be issued, bodies
 * without a media type, oversized and amplifying batches. Each refused request reaches no provider.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class RealInputsTest {

    WireMockServer giftishow;

    private static String coupon(String product, String recipient, String sender, String title) {
        return """
                {"productId":"%s","recipientPhone":"%s","delivery":"PIN","title":"%s",
                 "message":"A coffee on us","senderPhone":"%s"}""".formatted(product, recipient, title, sender);
    }

    @Test
    void shouldIssueFromARepresentativeNumberWrittenWithADashAndSendItsDigits() {
        // 전국대표번호 1588-0108 (8 digits, no area code): refused before as "8-11 digits starting with 0"
        String title = "Rep" + UUID.randomUUID().toString().substring(0, 6);
        issue(
                        UUID.randomUUID().toString(),
                        coupon("giftishow:" + GiftishowStub.GOODS_OK, "010-1234-5678", "1588-0108", title))
                .statusCode(201)
                .body("recipientPhone", equalTo("010****5678"));

        // giftishow-biz-api.txt §8.4: callback_no / phone_no "'-'를 제외한"
        giftishow.verify(
                1,
                postRequestedFor(urlEqualTo("/bizApi/send"))
                        .withRequestBody(containing("callback_no=15880108"))
                        .withRequestBody(containing("phone_no=01012345678"))
                        .withRequestBody(containing("mms_title=" + title)));
    }

    @Test
    void shouldRefuseALandlineRecipientNamingTheField() {
        issue(
                        UUID.randomUUID().toString(),
                        coupon("giftishow:" + GiftishowStub.GOODS_OK, "02-1234-5678", "0212345678", "Landline"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("recipientPhone"));
    }

    @Test
    void shouldRefuseA21SyllableGiftLetterTitleByItsByteLimit() {
        // giftletter-b2c.txt §3.1 title Varchar(40): 21 syllables are 63 bytes of UTF-8
        issue(UUID.randomUUID().toString(), coupon("giftletter:G00001", "01012345678", "15880108", "가".repeat(21)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("errors.field", contains("title"))
                .body("errors[0].message", containsString("40 bytes"));
    }

    @Test
    void shouldAnswer422ForAProductOfAProviderThatCannotIssue() {
        issue(UUID.randomUUID().toString(), coupon("coufun:G000012345", "01012345678", "15880108", "Coufun"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_NOT_ISSUABLE"))
                .body("retryable", equalTo(false));
    }

    @Test
    void shouldAnswer415ToACouponPostWithoutContentTypeAndSendNothing() {
        int before =
                giftishow.findAll(postRequestedFor(urlEqualTo("/bizApi/send"))).size();

        given().header("X-Client-Id", CouponRequests.CLIENT)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(coupon("giftishow:" + GiftishowStub.GOODS_OK, "01012345678", "0212345678", "NoType")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/coupons")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));

        assertThat(giftishow.findAll(postRequestedFor(urlEqualTo("/bizApi/send"))))
                .hasSize(before);
    }

    @Test
    void shouldAnswer413ToAnOversizedCouponBody() {
        String huge = coupon("giftishow:" + GiftishowStub.GOODS_OK, "01012345678", "0212345678", "Big")
                .replace("A coffee on us", "x".repeat(40_000));

        issue(UUID.randomUUID().toString(), huge)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void shouldAnswerFiftyThousandEmptyRecipientsWithASmallError() {
        // issue 12 §5: 195 KiB of empty recipients returned a 3.2 MB error body listing every violation
        String body = """
                {"productId":"giftishow:%s","delivery":"PIN","title":"Batch","message":"m","senderPhone":"0212345678",
                 "recipients":[%s]}""".formatted(GiftishowStub.GOODS_OK, "{},".repeat(49_999) + "{}");

        String answer = given().contentType(ContentType.JSON)
                .header("X-Client-Id", CouponRequests.CLIENT)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/v1/coupon-batches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("recipients"))
                .extract()
                .asString();

        assertThat(answer.length()).isLessThan(2_000);
    }

    @Test
    void shouldListTwentyBadRecipientsAndCountTheRest() {
        String body =
                """
                {"productId":"giftishow:%s","delivery":"PIN","title":"Batch","message":"m","senderPhone":"0212345678",
                 "recipients":[%s]}""".formatted(GiftishowStub.GOODS_OK, "{\"phone\":\"0212345678\"},".repeat(499) + "{\"phone\":\"\"}");

        given().contentType(ContentType.JSON)
                .header("X-Client-Id", CouponRequests.CLIENT)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/v1/coupon-batches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(20))
                .body("errors[0].field", equalTo("recipients[0].phone"))
                .body("invalidRecipients", equalTo(500));
    }
}
