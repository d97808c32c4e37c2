package io.gifticon.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.testsupport.InternalAuthRestAssured;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.web.internal.InternalAuth;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the catalog against bad input (issue 13): each row is refused with the 4xx it names, as
 * problem+json carrying our {@code code} and the same {@code status}; none is a 5xx. Then every query and path
 * parameter against a list of hostile values: never a 5xx, every error a problem. (NUL and lone surrogates are
 * web-commons', the HTTP server's own limits too.)
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class BadInputTest {
    static final String JSON = "application/json";
    static final String P = "/api/v1/products";
    static final String SYNCS = "/api/v1/catalog/syncs";

    record Row(String method, String path, String contentType, String body, int status, String why) {
        @Override
        public String toString() {
            return status + " " + method + " " + shorten(path) + (body == null ? "" : " " + shorten(body)) + ": " + why;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                // search: huge numbers, negative sizes, unknown enum values, over-long text
                new Row("GET", P + "?page=99999999999999999999", null, null, 400, "page beyond an int"),
                new Row("GET", P + "?page=-1", null, null, 400, "negative page"),
                new Row("GET", P + "?page=10001", null, null, 400, "page beyond the deepest"),
                new Row("GET", P + "?size=-5", null, null, 400, "negative size"),
                new Row("GET", P + "?size=0", null, null, 400, "empty page"),
                new Row("GET", P + "?size=101", null, null, 400, "page too large"),
                new Row("GET", P + "?size=1e3", null, null, 400, "not a whole number"),
                new Row("GET", P + "?minPrice=99999999999999999999", null, null, 400, "price beyond a long"),
                new Row("GET", P + "?minPrice=-1", null, null, 400, "negative price"),
                new Row("GET", P + "?minPrice=5000&maxPrice=100", null, null, 400, "min above max"),
                new Row("GET", P + "?maxPrice=12.5", null, null, 400, "fraction of a won"),
                new Row("GET", P + "?status=on_sale", null, null, 400, "unknown status"),
                new Row("GET", P + "?sort=random", null, null, 400, "unknown sort"),
                new Row("GET", P + "?provider=amazon", null, null, 400, "unknown provider"),
                new Row("GET", P + "?q=" + "커".repeat(101), null, null, 400, "q too long"),
                new Row("GET", P + "?brand=" + "b".repeat(101), null, null, 400, "brand too long"),
                new Row("GET", P + "?category=" + "c".repeat(201), null, null, 400, "category too long"),
                // one product
                new Row("GET", P + "/giftishow:NOPE", null, null, 404, "no such product"),
                new Row("GET", P + "/" + "x".repeat(500), null, null, 404, "no such product (over-long id)"),
                // brands
                new Row("GET", "/api/v1/brands?provider=amazon", null, null, 400, "unknown provider"),
                // syncs
                new Row("POST", SYNCS, null, "{}", 415, "no Content-Type"),
                new Row("POST", SYNCS, "text/plain", "{}", 415, "not JSON"),
                new Row("POST", SYNCS, "application/xml", "<sync/>", 415, "XML"),
                new Row("POST", SYNCS, JSON, "{\"provider\":\"amazon\"}", 400, "unknown provider"),
                new Row("POST", SYNCS, JSON, "{\"provider\":[\"giftishow\"]}", 400, "wrong type"),
                new Row("POST", SYNCS, JSON, "{\"provider\":", 400, "not JSON"),
                new Row(
                        "POST",
                        SYNCS,
                        JSON,
                        "{\"provider\":\"" + "p".repeat(5_000) + "\"}",
                        413,
                        "body above the limit"),
                new Row("GET", SYNCS + "/not-a-uuid", null, null, 404, "no such run"),
                new Row("GET", SYNCS + "/00000000-0000-0000-0000-000000000000", null, null, 404, "no such run"),
                new Row("GET", SYNCS + "?limit=abc", null, null, 400, "limit not a number"),
                new Row("GET", SYNCS + "?limit=0", null, null, 400, "limit too small"),
                new Row("GET", SYNCS + "?limit=99999999999999999999", null, null, 400, "limit beyond an int"),
                // methods and paths
                new Row("DELETE", P, null, null, 405, "read-only"),
                new Row("PUT", SYNCS, JSON, "{}", 405, "no PUT"),
                new Row("GET", "/api/v1/catalog/nothing-here", null, null, 404, "no such route"));
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

    /** Strings a fuzzer sends: numbers beyond every type, signs, quotes, traversal, long and non-ASCII text. */
    static final List<String> HOSTILE = List.of(
            "99999999999999999999",
            "-1",
            "1e309",
            "0x7f",
            "' or 1=1 --",
            "%",
            "%_\\",
            "..",
            "null",
            "[]",
            "{}",
            "💳🎁",
            "가".repeat(100),
            "z".repeat(1_000),
            " ",
            "ON_SALE;DROP");

    static Stream<String> parameterized() {
        List<String> routes = new ArrayList<>();
        for (String value : HOSTILE) {
            String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String name : List.of(
                    "q", "brand", "category", "provider", "minPrice", "maxPrice", "status", "sort", "page", "size")) {
                routes.add(P + "?" + name + "=" + v);
            }
            routes.add(P + "/" + v);
            routes.add("/api/v1/brands?provider=" + v);
            routes.add(SYNCS + "/" + v);
            routes.add(SYNCS + "?limit=" + v);
        }
        return routes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameterized")
    void shouldNeverAnswerAHostileParameterWithA5xx(String route) {
        Response response = given().urlEncodingEnabled(false).get(route);

        assertThat(response.statusCode()).as(route).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertProblem(route, response);
        }
    }

    private static Response send(String method, String path, String contentType, String body) {
        String target = path.contains("?")
                ? path.substring(0, path.indexOf('?') + 1) + encodeQuery(path.substring(path.indexOf('?') + 1))
                : path;
        if (contentType == null && body != null) {
            return sendWithoutContentType(method, target, body);
        }
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (body != null) {
            request = request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, target);
    }

    /** The values of {@code a=b&c=d} percent-encoded (the table writes them plainly). */
    private static String encodeQuery(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.append(out.length() == 0 ? "" : "&")
                    .append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** A body with no Content-Type at all (RestAssured always names one): the JDK client sends none unless told. */
    private static Response sendWithoutContentType(String method, String path, String body) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                            "http://localhost:" + io.restassured.RestAssured.port + path))
                                    .header(
                                            InternalAuth.HEADER,
                                            InternalAuthRestAssured.proof(method, path, null, null))
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
