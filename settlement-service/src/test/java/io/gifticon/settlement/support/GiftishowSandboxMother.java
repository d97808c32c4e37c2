package io.gifticon.settlement.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.ThreadLocalRandom;

/** Giftishow coupons and bizmoney at the provider sandbox, through its provider API and its control API. */
public final class GiftishowSandboxMother {
    /** The sandbox's fixed on-sale product (스타벅스 카페 아메리카노 T) and what a send debits for it. */
    public static final String AMERICANO = "G00000280811";

    public static final long AMERICANO_PRICE = 4_230;

    private GiftishowSandboxMother() {}

    /** A fresh tr_id in the document's recommended form, at most 25 characters (giftishow-biz-api.txt §8). */
    public static String trId() {
        return "stl_" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
    }

    /** Sends (0204) an Americano with {@code trId} at the sandbox: the coupon exists there, bizmoney is debited. */
    public static void send(String trId) {
        given().baseUri(SettlementTestResources.sandbox())
                .contentType("application/x-www-form-urlencoded")
                .formParam("api_code", "0204")
                .formParam("custom_auth_code", "sandbox-auth-code")
                .formParam("custom_auth_token", "sandbox-auth-token")
                .formParam("dev_yn", "N")
                .formParam("goods_code", AMERICANO)
                .formParam("mms_msg", "thanks")
                .formParam("mms_title", "gift")
                .formParam("callback_no", "15880108")
                .formParam("phone_no", "01012345678")
                .formParam("tr_id", trId)
                .formParam("user_id", "sandbox-user")
                .formParam("gubun", "N")
                .post("/giftishow/bizApi/send")
                .then()
                .statusCode(200)
                .body("code", equalTo("0000"));
    }

    /** Cancels (0202) at the provider, behind our ledger's back. */
    public static void cancelAtProvider(String trId) {
        given().baseUri(SettlementTestResources.sandbox())
                .contentType("application/x-www-form-urlencoded")
                .formParam("api_code", "0202")
                .formParam("custom_auth_code", "sandbox-auth-code")
                .formParam("custom_auth_token", "sandbox-auth-token")
                .formParam("dev_yn", "N")
                .formParam("tr_id", trId)
                .formParam("user_id", "sandbox-user")
                .post("/giftishow/bizApi/cancel")
                .then()
                .statusCode(200)
                .body("code", equalTo("0000"));
    }

    /** The coupon is exchanged at a shop (pinStatusCd 02). */
    public static void redeem(String trId) {
        given().baseUri(SettlementTestResources.sandbox())
                .post("/sandbox/giftishow/coupons/" + trId + "/redeem")
                .then()
                .statusCode(200);
    }

    /** The coupon expires (pinStatusCd 08). */
    public static void expire(String trId) {
        given().baseUri(SettlementTestResources.sandbox())
                .post("/sandbox/giftishow/coupons/" + trId + "/expire")
                .then()
                .statusCode(200);
    }

    /** Sets the sandbox's bizmoney, as if the provider's balance moved without us. */
    public static void bizmoney(long balance) {
        given().baseUri(SettlementTestResources.sandbox())
                .contentType("application/json")
                .body("{\"balance\":" + balance + "}")
                .put("/sandbox/giftishow/bizmoney")
                .then()
                .statusCode(200);
    }

    public static long bizmoney() {
        return given().baseUri(SettlementTestResources.sandbox())
                .get("/sandbox/giftishow/bizmoney")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("balance");
    }
}
