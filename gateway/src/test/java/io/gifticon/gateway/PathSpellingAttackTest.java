package io.gifticon.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.RawHttp;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §1, scope bypass by path. Rules out, for a key of every scope: reaching a route its scope does not allow
 * (a pos:write key starting a settlement status sweep) by any second spelling of a path — dot segments raw or
 * escaped in any case, double encoding, escaped slashes and backslashes, empty segments, ';' parameters,
 * backslashes, invalid escapes, non-UTF-8, a second spelling of an unreserved character — and escaping a rate-limit
 * bucket the same way. Every such request is refused at the gateway (400 NON_CANONICAL_PATH) and reaches no service;
 * a canonical one is forwarded with exactly the path that was checked.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class PathSpellingAttackTest {
    /** The configured POS client (pos:write only). */
    private static final String POS_KEY = "pos-test-key";

    WireMockServer backend;
    BackendStub.SettlementStub settlement;

    @Inject
    Pool database;

    /** Every spelling the attack of issue 12 used, and the rest of its class, aimed at settlement's admin action. */
    static List<String> spellingsOfTheSweep() {
        return List.of(
                "/api/v1/pos/../settlement/status-sweeps",
                "/api/v1/pos/%2e%2e/settlement/status-sweeps",
                "/api/v1/pos/%2E%2E/settlement/status-sweeps",
                "/api/v1/pos/.%2e/settlement/status-sweeps",
                "/api/v1/pos/%2e./settlement/status-sweeps",
                "/api/v1/pos/%2E%2e/settlement/status-sweeps",
                "/api/v1/pos/%252e%252e/settlement/status-sweeps",
                "/api/v1/pos/%25%32%65%25%32%65/settlement/status-sweeps",
                "/api/v1/pos%2f..%2fsettlement/status-sweeps",
                "/api/v1/pos%2F..%2Fsettlement/status-sweeps",
                "/api/v1/pos/%5c..%5csettlement/status-sweeps",
                "/api/v1/pos\\..\\settlement\\status-sweeps",
                "/api/v1/pos/..\\settlement/status-sweeps",
                "/api/v1/pos//../settlement/status-sweeps",
                "/api/v1/pos/./../settlement/status-sweeps",
                "/api/v1/pos;/../settlement/status-sweeps",
                "/api/v1/pos/..;/settlement/status-sweeps",
                "/api/v1/pos/..;x=1/settlement/status-sweeps",
                "/api/v1//settlement/status-sweeps",
                "/api/v1/settlement/status-sweeps/",
                "/api/v1/%73ettlement/status-sweeps",
                "/api/v1/settlement/status%2Dsweeps",
                "/api/v1/settlement;/status-sweeps",
                "/api/v1/pos/%C0%AE%C0%AE/settlement/status-sweeps",
                "/api/v1/pos/%c0%ae%c0%ae/settlement/status-sweeps",
                "/api/v1/pos/%zz/../settlement/status-sweeps",
                "/api/v1/pos/%/../settlement/status-sweeps",
                "/api/v1/pos/%00/../settlement/status-sweeps",
                "/api/v1/pos/" + raw("é") + "/../settlement/status-sweeps",
                "/api/v1/pos/%ED%A0%80/status-sweeps");
    }

    private static String raw(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** One key per scope the gateway knows, and admin. */
    private Map<String, String> keyPerScope() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("pos:write", POS_KEY);
        for (String scope : List.of(
                "catalog:read",
                "coupons:read",
                "coupons:write",
                "settlement:read",
                "webhooks:manage",
                "events:read",
                "admin")) {
            keys.put(scope, TestClients.newClient(database, scope).key());
        }
        return keys;
    }

    private static RawHttp.Answer post(String target, String key) {
        return RawHttp.request(
                RestAssured.port, "POST", target, Map.of("X-Api-Key", key, "Content-Type", "application/json"), "{}");
    }

    private List<LoggedRequest> sweepsSeenBySettlement() {
        return settlement
                .server()
                .findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlMatching(".*status.*sweeps.*")));
    }

    @Test
    void shouldRefuseEverySecondSpellingForAKeyOfEveryScope() {
        int backendBefore = backend.getAllServeEvents().size();
        int settlementBefore = settlement.server().getAllServeEvents().size();
        List<String> notRefused = new ArrayList<>();
        for (Map.Entry<String, String> key : keyPerScope().entrySet()) {
            for (String target : spellingsOfTheSweep()) {
                RawHttp.Answer answer = post(target, key.getValue());
                if (answer.status() != 400) {
                    notRefused.add(key.getKey() + " " + target + " -> " + answer.status());
                } else if (answer.isProblem()) {
                    assertThat(JsonPath.from(answer.body()).getString("code"))
                            .as(target)
                            .isEqualTo("NON_CANONICAL_PATH");
                }
            }
        }

        assertThat(notRefused).isEmpty();
        assertThat(sweepsSeenBySettlement()).isEmpty();
        assertThat(backend.getAllServeEvents()).hasSize(backendBefore);
        assertThat(settlement.server().getAllServeEvents()).hasSize(settlementBefore);
    }

    @Test
    void shouldAnswerEveryRefusalAsAProblemNamingTheRule() {
        for (String target : spellingsOfTheSweep()) {
            RawHttp.Answer answer = post(target, POS_KEY);
            assertThat(answer.isProblem()).as(target).isTrue();
            assertThat(JsonPath.from(answer.body()).getString("detail"))
                    .as(target)
                    .contains("canonical");
        }
    }

    @Test
    void shouldLetAPosKeyReachOnlyPosAndForwardExactlyTheCheckedPath() {
        assertThat(post("/api/v1/settlement/status-sweeps", POS_KEY).status()).isEqualTo(403);
        RawHttp.Answer allowed = post("/api/v1/pos/transactions/POS-1%20A/confirm", POS_KEY);

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(sweepsSeenBySettlement()).isEmpty();
        assertThat(settlement
                        .server()
                        .findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v1/pos/.*")))
                        .stream()
                        .map(LoggedRequest::getUrl))
                .contains("/api/v1/pos/transactions/POS-1%20A/confirm");
    }

    @Test
    void shouldLetAnAdminKeyReachTheSweepOnlyByItsCanonicalPath() {
        String admin = TestClients.newClient(database, "admin").key();

        assertThat(post("/api/v1/pos/../settlement/status-sweeps", admin).status())
                .isEqualTo(400);
        assertThat(post("/api/v1/settlement/status-sweeps", admin).status()).isEqualTo(200);
        assertThat(sweepsSeenBySettlement())
                .extracting(LoggedRequest::getUrl)
                .containsOnly("/api/v1/settlement/status-sweeps");
        settlement
                .server()
                .removeServeEventsMatching(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                                com.github.tomakehurst.wiremock.client.WireMock.urlMatching(".*status-sweeps"))
                        .build());
    }

    @Test
    void shouldNotLetASpellingEscapeTheRateLimitBucket() {
        // %test: the client "limited-spelling" may burst 3 requests, then 1 every 2 s (its own bucket, not
        // RateLimitTest's)
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = RawHttp.get(RestAssured.port, "/api/v1/brands", Map.of("X-Api-Key", "spelling-limited-key"))
                    .status();
        }
        assertThat(status).isEqualTo(429);

        for (String spelling : List.of(
                "/api/v1//brands",
                "/api/v1/%62rands",
                "/api/v1/brands/",
                "/api/v1/./brands",
                "/api/v1/brands;x=1",
                "/api/v1/x/../brands",
                "/api/v1/BRANDS/../brands",
                "/api/v1/brands/.")) {
            int answer = RawHttp.get(RestAssured.port, spelling, Map.of("X-Api-Key", "spelling-limited-key"))
                    .status();
            assertThat(answer).as(spelling).isIn(400, 429);
        }
    }

    @Test
    void shouldRefuseAbsoluteAndAsteriskRequestTargets() {
        assertThat(post("http://localhost/api/v1/settlement/status-sweeps", POS_KEY)
                        .status())
                .isEqualTo(400);
        assertThat(post("*", POS_KEY).status()).isEqualTo(404); // the router's own answer: no path
        assertThat(post("*", POS_KEY).isProblem()).isTrue();
        assertThat(sweepsSeenBySettlement()).isEmpty();
    }
}
