package io.gifticon.sandbox.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Object Mother for calls to the simulated GiftLetter API and its control API, with valid defaults. */
public final class GiftLetterCalls {

    public static final String CID = "sandbox-cid";
    public static final String KEY = "sandbox-giftletter-key";
    public static final String GS25_10000 = "0000000582";
    public static final String OIL_10000 = "0000000586";
    public static final String DISCONTINUED = "0000000592";
    public static final int GS25_BRAND = 50;

    private GiftLetterCalls() {}

    /** giftletter-b2c.txt: enc = lowercase hex MD5 of key + cid + the call's fields. */
    public static String enc(String signed) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5")
                            .digest((KEY + CID + signed).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid SendEPin query (§3.1). */
    public static Map<String, String> sendQuery(String goodsId, String coTid) {
        Map<String, String> query = new HashMap<>();
        query.put("cid", CID);
        query.put("enc", enc(goodsId + coTid));
        query.put("goods_id", goodsId);
        query.put("count", "1");
        query.put("title", "선물이 도착했습니다");
        query.put("content", "맛있게 드세요!");
        query.put("mdn", "01012345678");
        query.put("receive_tel", "15881234");
        query.put("co_tid", coTid);
        query.put("reserved", "r-" + coTid);
        return query;
    }

    public static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> copy = new HashMap<>(query);
        copy.put(name, value);
        return copy;
    }

    public static ValidatableResponse call(String operation, Map<String, String> query) {
        return given().queryParams(query)
                .get("/giftletter/" + operation)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    public static ValidatableResponse sendEPin(Map<String, String> query) {
        return call("SendEPin", query);
    }

    /** Issues a GS25 voucher (or {@code goodsId}) and returns its order_id. */
    public static String issue(String goodsId, String coTid) {
        return sendEPin(sendQuery(goodsId, coTid)).extract().path("order_id");
    }

    public static Map<String, String> orderQuery(String orderId) {
        return new HashMap<>(Map.of("cid", CID, "enc", enc(orderId), "order_id", orderId));
    }

    public static ValidatableResponse cancel(String orderId) {
        return call("CancelSendEPin", orderQuery(orderId));
    }

    public static ValidatableResponse status(String orderId) {
        return call("StatusSendEPin", orderQuery(orderId));
    }

    public static void use(String orderId, String branch, String at) {
        given().contentType(ContentType.JSON)
                .body(Map.of("branch", branch, "at", at))
                .post("/sandbox/giftletter/coupons/" + orderId + "/use")
                .then()
                .statusCode(200);
    }

    public static String exchangeLog(String day) {
        return given().queryParam("cid", CID)
                .queryParam("dt", day)
                .get("/giftletter-admin/mn_compare/ExchangeDaily.aspx")
                .then()
                .statusCode(200)
                .contentType("text/plain")
                .extract()
                .asString();
    }
}
