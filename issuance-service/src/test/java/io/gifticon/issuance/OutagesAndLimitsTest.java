package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.DatabaseProxy;
import io.gifticon.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Honest answers in outages (issue 13), against a real database outage: the app's connections to PostgreSQL go
 * through a proxy that the test cuts (the shared server keeps running). And the per-coupon limits of resend and
 * refresh (issue 12 §8), which this boot keeps at their production values. The reconciler's timer is off here
 * (one hour), so a lost send that is cancelled at once was cancelled by the wake-up, not by a round; and the
 * outbox's retention deletes what it should.
 */
@QuarkusTest
@TestProfile(OutagesAndLimitsProfile.class)
@WithTestResource(PostgresProxyResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class OutagesAndLimitsTest {
    /** The management interface's root ({@code /q}) on its own random port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** Issued after a delay, so that the database can be cut while the provider is answering. */
    private static final String GOODS_SLOW_OK = "G00000000777";

    private static final Duration WAIT = Duration.ofSeconds(60);

    DatabaseProxy database;
    WireMockServer giftishow;

    @AfterEach
    void restore() {
        database.restore();
    }

    @Test
    void shouldAnswer503RetryableWhileTheDatabaseIsDownAndIssueWithTheSameKeyAfterwards() {
        String key = UUID.randomUUID().toString();
        database.cut();

        issue(key, body(GiftishowStub.GOODS_OK, "DbDown"))
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("retryable", equalTo(true));

        database.restore();
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> issue(key, body(GiftishowStub.GOODS_OK, "DbDown"))
                                .extract()
                                .statusCode()
                        == 201);
    }

    @Test
    void shouldKeepTheIssuedCouponWhenTheDatabaseFailsWhileTheProviderAnswers() {
        giftishow.stubFor(post(urlEqualTo("/bizApi/send"))
                .withRequestBody(containing("goods_code=" + GOODS_SLOW_OK))
                .willReturn(aResponse()
                        .withFixedDelay(1_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"code":"0000","message":null,"result":{"code":"0000","message":null,
                                 "result":{"orderNo":"20261122000777","pinNo":"900343630777"}}}""")));
        String key = UUID.randomUUID().toString();
        var first = CompletableFuture.supplyAsync(
                () -> issue(key, body(GOODS_SLOW_OK, "Mid")).extract());

        // the coupon is stored and sent; while Giftishow is answering, the database goes away
        await().atMost(WAIT)
                .until(() -> !giftishow
                        .findAll(postRequestedFor(urlEqualTo("/bizApi/send"))
                                .withRequestBody(containing("goods_code=" + GOODS_SLOW_OK)))
                        .isEmpty());
        database.cut();
        ExtractableResponse<Response> answer = first.join();
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
        assertThat(answer.<Boolean>path("retryable")).isTrue();

        // back within the outcome's retry window: the retry with the same key gets the one coupon, issued, with its
        // PIN (it was neither lost nor sent twice)
        database.restore();
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> issue(key, body(GOODS_SLOW_OK, "Mid")).extract().statusCode() == 201);
        issue(key, body(GOODS_SLOW_OK, "Mid"))
                .statusCode(201)
                .body("status", equalTo("ISSUED"))
                .body("pin", equalTo("900343630777"));
        assertThat(giftishow.findAll(postRequestedFor(urlEqualTo("/bizApi/send"))
                        .withRequestBody(containing("goods_code=" + GOODS_SLOW_OK))))
                .hasSize(1);
    }

    @Test
    void shouldRefuseASecondResendWithinTheCooldown() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Resend"))
                .statusCode(201)
                .extract()
                .path("couponId");

        resend(couponId).statusCode(200);
        resend(couponId)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("RESEND_TOO_SOON"))
                .body("retryable", equalTo(true));

        giftishow.verify(1, postRequestedFor(urlEqualTo("/bizApi/resend")).withRequestBody(containing("tr_id=")));
    }

    @Test
    void shouldAnswerARepeatedRefreshWithinTheCooldownWithoutAskingTheProvider() {
        giftishow.stubFor(post(urlEqualTo("/bizApi/coupons"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"code":"0000","message":null,"result":[{"couponInfoList":[{"pinStatusCd":"01",
                         "pinStatusNm":"발행","goodsCd":"G00000280811","validPrdEndDt":"20271122"}],
                         "resCode":"0000","resMsg":"정상처리"}]}""")));
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Refresh"))
                .statusCode(201)
                .extract()
                .path("couponId");

        refresh(couponId).statusCode(200).body("status", equalTo("ISSUED"));
        refresh(couponId)
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("REFRESH_TOO_SOON"));
        // without refresh the stored coupon is always there
        given().header("X-Client-Id", CouponRequests.CLIENT)
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldCancelLostSendsAtOnceOneAfterAnotherWithoutWaitingForATimer() {
        // GOODS_SLOW answers after the (shortened) send timeout: the reply is lost, each coupon UNKNOWN
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            ids.add(issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_SLOW, "Lost" + i))
                    .statusCode(202)
                    .extract()
                    .path("couponId"));
        }

        // giftishow-biz-api.txt §8: cancelled with the same tr_id right after the timeout
        for (String id : ids) {
            await().atMost(WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> "CANCELLED"
                            .equals(given().header("X-Client-Id", CouponRequests.CLIENT)
                                    .get("/api/v1/coupons/" + id)
                                    .then()
                                    .extract()
                                    .path("status")));
        }
        given().get(management + "health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'coupons-in-doubt' }.data.unknown", notNullValue());
    }

    @Test
    void shouldPruneOnlyPublishedOutboxEventsOlderThanTheRetention() {
        // outbox.retention.published-age is 1 h in tests: one row published 2 h ago, one just now
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        execute("insert into outbox_event (event_id, topic, event_key, event_type, payload, created_at, published_at) "
                + "values ('" + old + "', 'issuance-test.retention', 'k', 't', '{}', now() - interval '3 hours', "
                + "now() - interval '2 hours'), ('" + recent + "', 'issuance-test.retention', 'k', 't', '{}', now(), "
                + "now())");

        long deleted = retention.pruneNow().await().atMost(WAIT);

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from outbox_event where event_id = '" + old + "'"))
                .isZero();
        assertThat(count("select count(*) from outbox_event where event_id = '" + recent + "'"))
                .isOne();
        assertThat(count("select count(*) from outbox_event where published_at < now() - interval '1 hour'"))
                .isZero();
    }

    @jakarta.inject.Inject
    io.gifticon.outbox.OutboxRetention retention;

    /** The app's own database, directly (not through the proxy). */
    private static java.sql.Connection jdbc() throws java.sql.SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static void execute(String sql) {
        try (var connection = jdbc();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (var connection = jdbc();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse resend(String couponId) {
        return given().contentType(ContentType.JSON)
                .header("X-Client-Id", CouponRequests.CLIENT)
                .body("{\"channel\":\"SMS\"}")
                .post("/api/v1/coupons/" + couponId + "/resend")
                .then();
    }

    private static io.restassured.response.ValidatableResponse refresh(String couponId) {
        return given().header("X-Client-Id", CouponRequests.CLIENT)
                .get("/api/v1/coupons/" + couponId + "?refresh=true")
                .then();
    }
}
