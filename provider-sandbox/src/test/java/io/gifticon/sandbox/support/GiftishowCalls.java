package io.gifticon.sandbox.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Object Mother for calls to the simulated Giftishow API and its control API, with valid defaults. */
public final class GiftishowCalls {

    public static final String AUTH_CODE = "sandbox-auth-code";
    public static final String AUTH_TOKEN = "sandbox-auth-token";
    public static final String USER_ID = "sandbox-user";
    public static final String AMERICANO = "G00000280811";
    public static final int AMERICANO_PRICE = 4230;
    public static final String SUSPENDED = "G00000000001";
    public static final long INITIAL_BALANCE = 10_000_000L;

    private GiftishowCalls() {}

    /** The common fields of every call (giftishow-biz-api.txt "API관련 사항"). */
    public static Map<String, String> auth(String apiCode) {
        Map<String, String> form = new HashMap<>();
        form.put("api_code", apiCode);
        form.put("custom_auth_code", AUTH_CODE);
        form.put("custom_auth_token", AUTH_TOKEN);
        form.put("dev_yn", "N");
        return form;
    }

    /** A valid send of the Americano with gubun Y. */
    public static Map<String, String> sendForm(String trId) {
        Map<String, String> form = auth("0204");
        form.put("goods_code", AMERICANO);
        form.put("mms_msg", "감사합니다. 맛있게 드세요!");
        form.put("mms_title", "감사 선물");
        form.put("callback_no", "15880108");
        form.put("phone_no", "01012345678");
        form.put("tr_id", trId);
        form.put("user_id", USER_ID);
        form.put("gubun", "Y");
        return form;
    }

    public static Map<String, String> cancelForm(String trId) {
        Map<String, String> form = auth("0202");
        form.put("tr_id", trId);
        form.put("user_id", USER_ID);
        return form;
    }

    public static Map<String, String> couponsForm(String trId) {
        Map<String, String> form = auth("0201");
        form.put("tr_id", trId);
        return form;
    }

    public static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> copy = new HashMap<>(form);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    public static RequestSpecification form(Map<String, String> form) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form);
    }

    /** POST to {@code /giftishow/bizApi/{path}}, expecting HTTP 200 (result codes travel in the body). */
    public static ValidatableResponse post(String path, Map<String, String> form) {
        return form(form)
                .post("/giftishow/bizApi/" + path)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    public static ValidatableResponse send(Map<String, String> form) {
        return post("send", form);
    }

    public static ValidatableResponse cancel(String trId) {
        return post("cancel", cancelForm(trId));
    }

    public static long balance() {
        return given().get("/sandbox/giftishow/bizmoney")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("balance");
    }

    public static void setBalance(long balance) {
        given().contentType(ContentType.JSON)
                .body(Map.of("balance", balance))
                .put("/sandbox/giftishow/bizmoney")
                .then()
                .statusCode(200);
    }

    public static ValidatableResponse couponState(String trId) {
        return given().get("/sandbox/giftishow/coupons/{trId}", trId).then();
    }

    public static void redeem(String trId) {
        given().post("/sandbox/giftishow/coupons/{trId}/redeem", trId).then().statusCode(200);
    }

    public static void resetSandbox() {
        given().post("/sandbox/reset").then().statusCode(204);
    }

    public static String addFault(Map<String, Object> fault) {
        return given().contentType(ContentType.JSON)
                .body(fault)
                .post("/sandbox/faults")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
