package io.gifticon.sandbox.pbt;

import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.PbtCalls.auth;
import static io.gifticon.sandbox.support.PbtCalls.connect;
import static io.gifticon.sandbox.support.PbtCalls.connection;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PbtConnectionTest {

    private static final String TX = "1c27375780c811ef9e03";

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldOpenTransactionWithTheDocumentsEnvelope() {
        connect(connection("POINT_REDEEM", TX, 7000))
                .body("status", equalTo("200"))
                .body("result", equalTo("OK"))
                .body("timestamp", matchesPattern("\\d{10}"))
                .body("data.errorCode", equalTo(200))
                .body("data.errorMsgUser", equalTo("OK"))
                .body("data.supportMode", equalTo("POINT_REDEEM"))
                .body("data.transactionID", equalTo(TX));

        given().get("/sandbox/pbt/transactions/" + TX)
                .then()
                .statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("terminalId", equalTo("SANDBOXPOS0001"))
                .body("parts[0].state", equalTo("PENDING"));
    }

    @Test
    void shouldRefuseWrongApplicationKeyWith300010002() {
        Map<String, Object> data = connection("POINT_REDEEM", TX, 7000);
        Map<String, Object> auth = auth();
        auth.put("applicationKey", "bs1vcirpp2ccbw1hjupe6ipj5aiagizu");
        data.put("auth", auth);

        connect(data)
                .body("status", equalTo("401"))
                .body("data.errorCode", equalTo(300010002))
                .body("data.errorMsgUser", equalTo("잘못된 가맹점 인증 정보입니다."));
    }

    @Test
    void shouldRefuseWrongPasswordWith300010003() {
        Map<String, Object> data = connection("POINT_REDEEM", TX, 7000);
        Map<String, Object> auth = auth();
        auth.put("passwd", "1234");
        data.put("auth", auth);

        connect(data).body("data.errorCode", equalTo(300010003));
    }

    @Test
    void shouldRefuseMissingTerminalIdWith100020002() {
        Map<String, Object> data = connection("POINT_REDEEM", TX, 7000);
        Map<String, Object> auth = auth();
        auth.remove("accessType");
        data.put("auth", auth);

        connect(data).body("status", equalTo("400")).body("data.errorCode", equalTo(100020002));
    }

    @Test
    void shouldRefuseTransactionIdShorterThan16WithRequestError() {
        connect(connection("POINT_REDEEM", "123456789012345", 7000))
                .body("status", equalTo("400"))
                .body("data.errorCode", equalTo(100010003));
        connect(connection("POINT_REDEEM", "1".repeat(37), 7000)).body("data.errorCode", equalTo(100010003));
    }

    @Test
    void shouldRefuseUnknownSupportModeWith100010001() {
        connect(connection("CASHBACK", TX, 7000)).body("data.errorCode", equalTo(100010001));
    }

    @Test
    void shouldRefuseCouponConnectionWithoutItemListWith100020004() {
        Map<String, Object> data = connection("COUPON", TX, 7000);

        connect(data).body("data.errorCode", equalTo(100020004));
    }
}
