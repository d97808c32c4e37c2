package io.gifticon.settlement;

import static io.gifticon.settlement.support.CouponEventMother.issuedWithPin;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.settlement.support.GiftLetterSandboxMother;
import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The exchange log as the provider sandbox writes it, for PINs the sandbox issued and saw used. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class SandboxExchangeLogTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool database;

    @Test
    void shouldMarkASandboxRedemptionRedeemedExactlyOnceAcrossReimports() {
        GiftLetterSandboxMother.Issued used = GiftLetterSandboxMother.issue();
        GiftLetterSandboxMother.Issued unused = GiftLetterSandboxMother.issue();
        String usedCoupon = UUID.randomUUID().toString();
        String unusedCoupon = UUID.randomUUID().toString();
        long before = LedgerTest.ledger("giftletter").getLong("entries");
        send(usedCoupon, issuedWithPin(usedCoupon, "giftletter", 9_600, used.pin()));
        send(unusedCoupon, issuedWithPin(unusedCoupon, "giftletter", 9_600, unused.pin()));
        await().atMost(WAIT).until(() -> LedgerTest.ledger("giftletter").getLong("entries") == before + 2);
        // a day no other test imports
        GiftLetterSandboxMother.use(used.orderId(), "강남점", "2026-09-15T10:15:00+09:00");

        JsonPath first = importDay("2026-09-15");
        assertThat(first.getInt("lines")).isEqualTo(1);
        assertThat(first.getInt("matched")).isEqualTo(1);
        assertThat(first.getInt("unknownPins")).isZero();
        JsonPath again = importDay("2026-09-15");
        assertThat(again.getInt("lines")).isEqualTo(1);
        assertThat(again.getInt("newRedemptions")).isZero();

        assertThat(count(
                        "select count(*) from outbox_event where event_key = $1 and event_type = 'coupon.redeemed'",
                        usedCoupon))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from ledger_coupon where coupon_id = $1 and status = 'REDEEMED' and "
                                + "redeemed_at = timestamptz '2026-09-15T10:15:00+09:00'",
                        usedCoupon))
                .isEqualTo(1);
        assertThat(count("select count(*) from ledger_coupon where coupon_id = $1 and status = 'ISSUED'", unusedCoupon))
                .isEqualTo(1);
    }

    private long count(String sql, String param) {
        return database.preparedQuery(sql)
                .execute(Tuple.of(param))
                .await()
                .atMost(WAIT)
                .iterator()
                .next()
                .getLong(0);
    }

    private static JsonPath importDay(String day) {
        return given().contentType("application/json")
                .body("{\"provider\":\"giftletter\",\"date\":\"" + day + "\"}")
                .post("/api/v1/settlement/redemption-imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
