package io.gifticon.issuance;

import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redemption and expiry facts published by settlement on settlement-events move our coupons. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class SettlementFactsTest {
    private static TopicWatcher couponEvents;
    private static TestEvents events;

    @BeforeAll
    static void start() {
        couponEvents = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.COUPON_EVENTS);
        events = new TestEvents();
    }

    @AfterAll
    static void stop() {
        couponEvents.close();
        events.close();
    }

    @Test
    void shouldRedeemIssuedCouponOnSettlementFactAndPublishItsOwnEvent() {
        String couponId = issued("Redeem");
        String fact = redeemed(couponId);

        // the same fact (same event id) until the consumer, positioned at "latest", has read it
        awaitStatus(couponId, "REDEEMED", fact);

        List<String> types = awaitEventTypes(couponId, 3);
        assertThat(types).containsExactly("coupon.requested", "coupon.issued", "coupon.redeemed");
        var event = couponEvents.records(r -> couponId.equals(r.key())).stream()
                .map(r -> EventJson.readCouponEvent(r.value()))
                .filter(e -> e.type().equals("coupon.redeemed"))
                .findFirst()
                .orElseThrow();
        assertThat(event.data().previousStatus()).isEqualTo("ISSUED");
        assertThat(event.data().cost()).isEqualTo(CatalogStub.OK_COST);
    }

    @Test
    void shouldExpireCouponAndIgnoreRepeatedIllegalAndUnknownFacts() {
        String redeemedId = issued("Twice");
        awaitStatus(redeemedId, "REDEEMED", redeemed(redeemedId));

        // on one partition, in this order: the fact again, an expiry after redemption (not allowed), a coupon that is
        // not ours, then an expiry for another coupon — once that one is EXPIRED, the earlier ones were read
        events.send(TestEvents.SETTLEMENT_TOPIC, redeemedId, redeemed(redeemedId));
        events.send(TestEvents.SETTLEMENT_TOPIC, redeemedId, expired(redeemedId));
        String stranger = UUID.randomUUID().toString();
        events.send(TestEvents.SETTLEMENT_TOPIC, stranger, redeemed(stranger));
        String expiringId = issued("Expire");
        awaitStatus(expiringId, "EXPIRED", expired(expiringId));

        assertThat(awaitEventTypes(expiringId, 3))
                .containsExactly("coupon.requested", "coupon.issued", "coupon.expired");
        assertThat(statusOf(redeemedId)).isEqualTo("REDEEMED");
        assertThat(awaitEventTypes(redeemedId, 3))
                .containsExactly("coupon.requested", "coupon.issued", "coupon.redeemed");
    }

    @Test
    void shouldIgnoreARedemptionFactFromAnotherSource() {
        // issue 12 §9: any pod could write settlement-events; a "coupon.redeemed" whose source is not
        // settlement-service must change nothing (the coupon stays open to its real fate)
        String couponId = issued("Forged");
        String forged = TestEvents.envelope(
                UUID.randomUUID().toString(), "coupon.redeemed", "gateway", Instant.now(), couponId, """
                        {"couponId":"%s","provider":"giftishow","date":"2026-11-21",
                         "redeemedAt":"2026-11-21T10:15:00","branch":"강남점"}""".formatted(
                                couponId));
        String genuineExpiry = expired(couponId);

        // the forged fact, then a genuine expiry behind it on the same partition: once the coupon is EXPIRED (which a
        // REDEEMED coupon could no longer become), the forged fact was read and ignored
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    events.send(TestEvents.SETTLEMENT_TOPIC, couponId, forged);
                    events.send(TestEvents.SETTLEMENT_TOPIC, couponId, genuineExpiry);
                    return "EXPIRED".equals(statusOf(couponId));
                });

        assertThat(awaitEventTypes(couponId, 3)).containsExactly("coupon.requested", "coupon.issued", "coupon.expired");
    }

    private static String issued(String title) {
        return issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, title))
                .statusCode(201)
                .extract()
                .path("couponId");
    }

    private static void awaitStatus(String couponId, String status, String fact) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    events.send(TestEvents.SETTLEMENT_TOPIC, couponId, fact);
                    return status.equals(statusOf(couponId));
                });
    }

    private static List<String> awaitEventTypes(String couponId, int atLeast) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> couponEvents.records(r -> couponId.equals(r.key())).size() >= atLeast);
        return couponEvents.records(r -> couponId.equals(r.key())).stream()
                .map(r -> EventJson.readCouponEvent(r.value()).type())
                .toList();
    }

    private static String statusOf(String couponId) {
        return given().header("X-Client-Id", CouponRequests.CLIENT)
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static String redeemed(String couponId) {
        return TestEvents.envelope(
                UUID.randomUUID().toString(),
                "coupon.redeemed",
                "settlement-service",
                Instant.now(),
                couponId,
                """
                        {"couponId":"%s","provider":"giftishow","date":"2026-11-21",
                         "redeemedAt":"2026-11-21T10:15:00","branch":"강남점"}""".formatted(couponId));
    }

    private static String expired(String couponId) {
        return TestEvents.envelope(
                UUID.randomUUID().toString(),
                "coupon.expired",
                "settlement-service",
                Instant.now(),
                couponId,
                """
                        {"couponId":"%s","provider":"giftishow","date":"2026-12-21",
                         "expiredAt":"2026-12-22T00:00:00"}""".formatted(couponId));
    }
}
