package io.gifticon.settlement.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** GiftLetter PINs at the provider sandbox: issued through SendEPin, used through the control API. */
public final class GiftLetterSandboxMother {
    private static final String CID = "sandbox-cid";
    private static final String KEY = "sandbox-giftletter-key";
    /** [GS25] 모바일상품권 1만원, the document's example goods id. */
    public static final String GOODS = "0000000582";

    private GiftLetterSandboxMother() {}

    /** An issued PIN: the provider's order id and the PIN (the test plays issuance, which alone sees PINs). */
    public record Issued(String orderId, String pin) {}

    public static Issued issue() {
        String coTid = "stl" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        // giftletter-b2c.txt §3: enc = lowercase hex MD5 of key + cid + goods_id + co_tid
        JsonPath reply = given().baseUri(SettlementTestResources.sandbox())
                .queryParam("cid", CID)
                .queryParam("goods_id", GOODS)
                .queryParam("count", "1")
                .queryParam("title", "gift")
                .queryParam("content", "thanks")
                .queryParam("mdn", "01012345678")
                .queryParam("receive_tel", "0212345678")
                .queryParam("co_tid", coTid)
                .queryParam("reserved", "stl")
                .queryParam("enc", md5(KEY + CID + GOODS + coTid))
                .get("/giftletter/SendEPin")
                .then()
                .statusCode(200)
                .body("rstCode", equalTo("0"))
                .extract()
                .jsonPath();
        return new Issued(reply.getString("order_id"), reply.getString("epin"));
    }

    /** The PIN is used at a branch at {@code at} (ISO offset date-time): it appears in that day's exchange log. */
    public static void use(String orderId, String branch, String at) {
        given().baseUri(SettlementTestResources.sandbox())
                .contentType("application/json")
                .body("{\"branch\":\"" + branch + "\",\"at\":\"" + at + "\"}")
                .post("/sandbox/giftletter/coupons/" + orderId + "/use")
                .then()
                .statusCode(200);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
