package io.gifticon.sandbox.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Object Mother for the server side of the simulated PBT popup: the messages' {@code data} as the POS sends them. */
public final class PbtCalls {

    public static final String DEMO_MEMBER = "01012345678";

    private PbtCalls() {}

    public static Map<String, Object> auth() {
        return new HashMap<>(
                Map.of("applicationKey", "sandbox-app-key", "passwd", "sandbox-pass", "accessType", "SANDBOXPOS0001"));
    }

    /** connection data for POINT_REDEEM / POINT_EARN / PREPAID (§3.1, §3.3). */
    public static Map<String, Object> connection(String mode, String transactionId, int payAmount) {
        return new HashMap<>(
                Map.of("supportMode", mode, "auth", auth(), "transactionID", transactionId, "payAmount", payAmount));
    }

    /** connection data for COUPON with the document's Americano order (§3.2.2). */
    public static Map<String, Object> couponConnection(String transactionId) {
        Map<String, Object> americano = Map.of(
                "itemID", "KD101111", "itemName", "아메리카노", "itemUnitPrice", 3000, "itemCount", 3, "itemPrice", 9000);
        return new HashMap<>(Map.of(
                "supportMode",
                "COUPON",
                "auth",
                auth(),
                "transactionID",
                transactionId,
                "itemList",
                List.of(americano)));
    }

    /** confirm data (§3.4) with Y for the given mode only. */
    public static Map<String, Object> confirm(String transactionId, String confirmedMode) {
        Map<String, Object> data = new HashMap<>();
        data.put("auth", auth());
        data.put("transactionID", transactionId);
        data.put("pointRedeemConfirmedYN", "POINT_REDEEM".equals(confirmedMode) ? "Y" : "N");
        data.put("pointEarnConfirmedYN", "POINT_EARN".equals(confirmedMode) ? "Y" : "N");
        data.put("couponConfirmedYN", "COUPON".equals(confirmedMode) ? "Y" : "N");
        data.put("prepaidConfirmedYN", "PREPAID".equals(confirmedMode) ? "Y" : "N");
        data.put("eReceiptIssueYN", "N");
        data.put("paymentList", List.of(Map.of("payment", "CARD", "paymentPrice", 3500)));
        return data;
    }

    public static Map<String, Object> cancel(String transactionId) {
        return Map.of("auth", auth(), "transactionID", transactionId);
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/sandbox/pbt" + path)
                .then()
                .statusCode(200);
    }

    public static ValidatableResponse connect(Map<String, Object> data) {
        return post("/connection", data);
    }

    public static ValidatableResponse approve(String transactionId, String mode, Map<String, Object> body) {
        return post("/transactions/" + transactionId + "/" + mode + "/approve", body);
    }
}
