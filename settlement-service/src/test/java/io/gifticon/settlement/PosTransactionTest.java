package io.gifticon.settlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.TopicWatcher;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class PosTransactionTest {

    @Test
    void shouldNetToZeroInTheReportWhenConfirmedThenCancelled() {
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        long before = pos(today).getLong("pos.pointsRedeemed");
        String transactionId = UUID.randomUUID().toString().replace("-", "");
        try (TopicWatcher events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, "settlement-events")) {
            given().contentType("application/json").body(popup(transactionId, 3_500))
                    .post("/api/v1/pos/transactions").then().statusCode(201)
                    .body("status", equalTo("RECORDED")).body("pointsRedeemed", equalTo(3_500));
            given().post("/api/v1/pos/transactions/" + transactionId + "/confirm").then().statusCode(200)
                    .body("status", equalTo("CONFIRMED"));
            assertThat(pos(today).getLong("pos.pointsRedeemed")).isEqualTo(before + 3_500);

            given().post("/api/v1/pos/transactions/" + transactionId + "/cancel").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            assertThat(pos(today).getLong("pos.pointsRedeemed")).isEqualTo(before);
            await().atMost(Duration.ofSeconds(30)).until(() -> events.records(r -> ("pos:" + transactionId)
                    .equals(r.key())).size() == 2);
            assertThat(events.records(r -> ("pos:" + transactionId).equals(r.key())))
                    .extracting(r -> r.value().contains("pos.transaction.confirmed") ? "confirmed" : "cancelled")
                    .containsExactly("confirmed", "cancelled");
        }
        given().post("/api/v1/pos/transactions/" + transactionId + "/confirm").then().statusCode(409);
    }

    @Test
    void shouldRejectInvalidPopupReplies() {
        given().contentType("application/json").body(popup("short", 100))
                .post("/api/v1/pos/transactions").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("").post("/api/v1/pos/transactions").then().statusCode(400);
        given().contentType("application/json").body("[1,2")
                .post("/api/v1/pos/transactions").then().statusCode(400);
        given().post("/api/v1/pos/transactions/" + UUID.randomUUID() + "/confirm").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String popup(String transactionId, int points) {
        return "{\"status\":\"200\",\"result\":\"OK\",\"timestamp\":\"1728025307\",\"data\":{\"errorCode\":200,"
                + "\"errorMsg\":\"OK\",\"supportMode\":\"POINT_REDEEM\",\"transactionID\":\"" + transactionId
                + "\",\"pointRedeem\":" + points + "}}";
    }

    private static JsonPath pos(String day) {
        return given().queryParam("date", day).get("/api/v1/settlement/reports/daily").then().statusCode(200)
                .extract().jsonPath();
    }
}
