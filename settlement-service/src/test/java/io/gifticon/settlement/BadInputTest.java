package io.gifticon.settlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.InternalAuthRestAssured;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.web.internal.InternalAuth;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of settlement against bad input (issue 13): each row is refused with the 4xx it names, as
 * problem+json carrying our {@code code} and the same {@code status}; none is a 5xx. Then every query and path
 * parameter against a list of hostile values: never a 5xx, every error a problem. (NUL and lone surrogates are
 * web-commons', the HTTP server's own limits too.)
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class BadInputTest {
    static final String JSON = "application/json";
    static final String S = "/api/v1/settlement";
    static final String POS = "/api/v1/pos/transactions";
    static final String CLIENT = "bad-input-terminal";

    record Row(String method, String path, String contentType, String body, int status, String why) {
        @Override
        public String toString() {
            return status + " " + method + " " + path + (body == null ? "" : " " + shorten(body)) + ": " + why;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                // ledger, discrepancies: unknown enum values
                new Row("GET", S + "/ledger", null, null, 400, "provider is required"),
                new Row("GET", S + "/ledger?provider=zzz", null, null, 400, "unknown provider"),
                new Row("GET", S + "/ledger?provider=" + "g".repeat(2_000), null, null, 400, "huge unknown provider"),
                new Row("GET", S + "/discrepancies?status=maybe", null, null, 400, "unknown status"),
                new Row(
                        "GET",
                        S + "/discrepancies?provider=%27%3B%20drop%20table",
                        null,
                        null,
                        400,
                        "unknown provider"),
                // reconciliations
                new Row("GET", S + "/reconciliations/not-a-uuid", null, null, 400, "id is not a UUID"),
                new Row(
                        "GET",
                        S + "/reconciliations/00000000-0000-0000-0000-000000000000",
                        null,
                        null,
                        404,
                        "no such reconciliation"),
                new Row("POST", S + "/reconciliations", JSON, "{\"provider\":[\"giftishow\"]}", 400, "wrong type"),
                new Row(
                        "POST",
                        S + "/reconciliations",
                        JSON,
                        "{\"provider\":\"giftishow\",\"date\":\"+999999999-12-31\"}",
                        400,
                        "date out of range"),
                new Row(
                        "POST",
                        S + "/reconciliations",
                        JSON,
                        "{\"provider\":\"giftishow\",\"date\":\"1999-12-31\"}",
                        400,
                        "date before any settlement"),
                new Row(
                        "POST",
                        S + "/reconciliations",
                        JSON,
                        "{\"provider\":\"giftishow\",\"date\":20240101}",
                        400,
                        "date as a number"),
                new Row("POST", S + "/reconciliations", null, "{\"provider\":\"giftishow\"}", 415, "no Content-Type"),
                new Row("POST", S + "/reconciliations", "text/plain", "{\"provider\":\"giftishow\"}", 415, "not JSON"),
                new Row("POST", S + "/reconciliations", JSON, "[1,2", 400, "not JSON"),
                new Row("POST", S + "/reconciliations", JSON, "", 400, "no body"),
                new Row("POST", S + "/reconciliations", JSON, "{\"provider\":\"coufun\"}", 400, "no balance API"),
                new Row(
                        "POST",
                        S + "/reconciliations",
                        JSON,
                        "{\"provider\":\"giftishow\",\"x\":\"" + "y".repeat(5_000) + "\"}",
                        413,
                        "body above the route's limit"),
                // discrepancies/{id}/resolve
                new Row(
                        "POST",
                        S + "/discrepancies/99999999999999999999/resolve",
                        JSON,
                        "{\"note\":\"x\"}",
                        400,
                        "id beyond a long"),
                new Row("POST", S + "/discrepancies/abc/resolve", JSON, "{\"note\":\"x\"}", 400, "id not a number"),
                new Row("POST", S + "/discrepancies/1/resolve", JSON, "{\"note\":\"\"}", 400, "empty note"),
                new Row(
                        "POST",
                        S + "/discrepancies/1/resolve",
                        JSON,
                        "{\"note\":\"" + "n".repeat(501) + "\"}",
                        400,
                        "note too long"),
                new Row("POST", S + "/discrepancies/1/resolve", JSON, "{\"note\":{\"a\":1}}", 400, "note an object"),
                new Row("POST", S + "/discrepancies/1/resolve", null, null, 415, "no body, no Content-Type"),
                new Row("POST", S + "/discrepancies/-1/resolve", JSON, "{\"note\":\"x\"}", 404, "no such discrepancy"),
                // redemption-imports
                new Row(
                        "POST",
                        S + "/redemption-imports",
                        JSON,
                        "{\"provider\":\"giftletter\",\"date\":\"2024-02-30\"}",
                        400,
                        "no such day"),
                new Row(
                        "POST",
                        S + "/redemption-imports",
                        JSON,
                        "{\"provider\":\"giftletter\",\"date\":\"3000-01-01\"}",
                        400,
                        "a day that has not come"),
                new Row("POST", S + "/redemption-imports", JSON, "{\"provider\":\"giftletter\"}", 400, "date required"),
                new Row(
                        "POST",
                        S + "/redemption-imports",
                        JSON,
                        "{\"provider\":\"giftishow\",\"date\":\"2024-01-01\"}",
                        400,
                        "no exchange log"),
                // status-sweeps
                new Row("POST", S + "/status-sweeps", JSON, "{\"limit\":99999999999999999999}", 400, "huge number"),
                new Row("POST", S + "/status-sweeps", JSON, "{\"limit\":-5}", 400, "negative size"),
                new Row("POST", S + "/status-sweeps", JSON, "{\"limit\":\"many\"}", 400, "wrong type"),
                new Row(
                        "POST",
                        S + "/status-sweeps",
                        JSON,
                        "{\"provider\":\"giftletter\"}",
                        400,
                        "has an exchange log"),
                new Row("POST", S + "/status-sweeps", "application/xml", "<sweep/>", 415, "XML"),
                new Row("POST", S + "/dlq-replays", null, "replay please", 415, "a body without Content-Type"),
                // reports
                new Row("GET", S + "/reports/daily", null, null, 400, "date required"),
                new Row("GET", S + "/reports/daily?date=yesterday", null, null, 400, "not a date"),
                new Row("GET", S + "/reports/daily?date=0000-01-01", null, null, 400, "date out of range"),
                new Row("GET", S + "/reports/daily?date=99999999999999999999", null, null, 400, "huge number"),
                new Row("GET", S + "/reports/series?from=2024-03-01&to=2024-01-01", null, null, 400, "from after to"),
                new Row("GET", S + "/reports/series?from=2001-01-01&to=2024-01-01", null, null, 400, "over 92 days"),
                new Row("GET", S + "/reports/series?to=2999-01-01", null, null, 400, "date out of range"),
                // POS
                new Row("POST", POS, null, "{}", 415, "no Content-Type"),
                new Row("POST", POS, "application/xml", "<reply/>", 415, "XML"),
                new Row("POST", POS, JSON, "{", 400, "not JSON"),
                new Row("POST", POS, JSON, "[]", 400, "not an object"),
                new Row("POST", POS, JSON, "{\"status\":{},\"data\":[]}", 400, "wrong types"),
                new Row("POST", POS, JSON, "{\"a\":1," + "\n".repeat(20_000), 413, "the pathological body"),
                new Row("GET", POS + "/short", null, null, 404, "no such transaction"),
                new Row("POST", POS + "/" + "x".repeat(300) + "/confirm", null, null, 404, "no such transaction"),
                // methods and paths
                new Row("DELETE", S + "/balances", null, null, 405, "read-only"),
                new Row("PUT", S + "/reconciliations", JSON, "{}", 405, "no PUT"),
                new Row("POST", S + "/balances", JSON, "{}", 405, "read-only"),
                new Row("GET", S + "/nothing-here", null, null, 404, "no such route"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldRefuseBadInputWithItsProblem(Row row) {
        Response response = send(row.method(), row.path(), row.contentType(), row.body());

        assertThat(response.statusCode())
                .as(row + " → " + shorten(response.body().asString()))
                .isEqualTo(row.status());
        assertProblem(row.toString(), response);
    }

    /** A refused value and the field the answer names. */
    record Invalid(String method, String path, String body, String field) {
        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + shorten(body)) + " → " + field;
        }
    }

    static Stream<Invalid> invalid() {
        return Stream.of(
                new Invalid("GET", S + "/ledger", null, "provider"),
                new Invalid("GET", S + "/ledger?provider=zzz", null, "provider"),
                new Invalid("GET", S + "/discrepancies?status=maybe", null, "status"),
                new Invalid("GET", S + "/discrepancies?provider=zzz", null, "provider"),
                new Invalid("GET", S + "/reports/daily?date=yesterday", null, "date"),
                new Invalid("GET", S + "/reports/series?from=2024-03-01&to=2024-01-01", null, "from"),
                new Invalid("GET", S + "/reports/series?to=2999-01-01", null, "to"),
                new Invalid("GET", S + "/reconciliations/not-a-uuid", null, "id"),
                new Invalid("POST", S + "/discrepancies/abc/resolve", "{\"note\":\"x\"}", "id"),
                new Invalid("POST", S + "/discrepancies/1/resolve", "{\"note\":\" \"}", "note"),
                new Invalid("POST", S + "/reconciliations", "{\"provider\":\"coufun\"}", "provider"),
                new Invalid(
                        "POST", S + "/reconciliations", "{\"provider\":\"giftishow\",\"date\":\"1999-12-31\"}", "date"),
                new Invalid("POST", S + "/reconciliations", "", "body"),
                new Invalid("POST", S + "/redemption-imports", "{\"provider\":\"giftletter\"}", "date"),
                new Invalid(
                        "POST",
                        S + "/redemption-imports",
                        "{\"provider\":\"giftishow\",\"date\":\"2024-01-01\"}",
                        "provider"),
                new Invalid("POST", S + "/status-sweeps", "{\"limit\":-5}", "limit"),
                new Invalid("POST", S + "/status-sweeps", "{\"provider\":\"giftletter\"}", "provider"));
    }

    /** Invalid input gets the 400 every service answers (web-commons' VALIDATION_FAILED), naming the field. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void shouldAnswerInvalidInputWithTheValidationProblemNamingTheField(Invalid row) {
        Response response = send(row.method(), row.path(), row.body() == null ? null : JSON, row.body());

        assertThat(response.statusCode())
                .as(row + " → " + shorten(response.body().asString()))
                .isEqualTo(400);
        assertProblem(row.toString(), response);
        assertThat(response.jsonPath().getString("code")).as(row.toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.jsonPath().getList("errors.field", String.class))
                .as(row + " → " + shorten(response.body().asString()))
                .containsOnly(row.field());
    }

    static Stream<String> parameterized() {
        List<String> routes = new ArrayList<>();
        for (String value : HOSTILE) {
            String q = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
            routes.add("GET " + S + "/ledger?provider=" + q);
            routes.add("GET " + S + "/discrepancies?status=" + q + "&provider=" + q);
            routes.add("GET " + S + "/reconciliations/" + q);
            routes.add("GET " + S + "/reports/daily?date=" + q);
            routes.add("GET " + S + "/reports/series?from=" + q + "&to=" + q);
            routes.add("POST " + S + "/discrepancies/" + q + "/resolve");
            routes.add("GET " + POS + "/" + q);
            routes.add("POST " + POS + "/" + q + "/cancel");
        }
        return routes.stream();
    }

    /** Strings a fuzzer sends: numbers beyond every type, signs, quotes, traversal, long and non-ASCII text. */
    static final List<String> HOSTILE = List.of(
            "99999999999999999999",
            "-1",
            "1e309",
            "0x7f",
            "' or 1=1 --",
            "%",
            "..",
            "null",
            "[]",
            "{}",
            "\\",
            "💳🎁",
            "가".repeat(100),
            "z".repeat(1_500),
            " ",
            "2024-13-45");

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameterized")
    void shouldNeverAnswerAHostileParameterWithA5xx(String route) {
        String[] parts = route.split(" ", 2);
        Response response =
                given().header("X-Client-Id", CLIENT).urlEncodingEnabled(false).request(parts[0], parts[1]);

        assertThat(response.statusCode()).as(route).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertProblem(route, response);
        }
    }

    private static Response send(String method, String path, String contentType, String body) {
        if (contentType == null && body != null) {
            return sendWithoutContentType(method, path, body);
        }
        RequestSpecification request = given().header("X-Client-Id", CLIENT).urlEncodingEnabled(false);
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (body != null) {
            request = request.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(method, path);
    }

    /** A body with no Content-Type at all (RestAssured always names one): the JDK client sends none unless told. */
    private static Response sendWithoutContentType(String method, String path, String body) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                            "http://localhost:" + io.restassured.RestAssured.port + path))
                                    .header("X-Client-Id", CLIENT)
                                    .header(
                                            InternalAuth.HEADER,
                                            InternalAuthRestAssured.proof(method, path, CLIENT, null))
                                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            return new io.restassured.builder.ResponseBuilder()
                    .setStatusCode(answer.statusCode())
                    .setContentType(answer.headers().firstValue("Content-Type").orElse(""))
                    .setBody(answer.body())
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(String what, Response response) {
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(what).isEqualTo(response.statusCode());
        assertThat(response.jsonPath().getString("code")).as(what).isNotBlank();
    }

    static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
