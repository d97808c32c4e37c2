package io.gifticon.issuance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Issue requests as the gateway forwards them (client "acme"), for the issuance tests. */
final class CouponRequests {
    static final String CLIENT = "acme";

    private CouponRequests() {}

    static ValidatableResponse issue(String idempotencyKey, String body) {
        return given().contentType(ContentType.JSON)
                .header("X-Client-Id", CLIENT)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post("/api/v1/coupons")
                .then();
    }

    static String body(String goodsCode, String title) {
        return """
                {"productId":"giftishow:%s","recipientPhone":"01012345678","delivery":"PIN","title":"%s",
                 "message":"A coffee on us","senderPhone":"0212345678"}""".formatted(goodsCode, title);
    }
}
