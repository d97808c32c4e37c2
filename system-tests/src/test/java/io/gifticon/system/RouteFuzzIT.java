package io.gifticon.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.testsupport.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: random bad input on every public route, through the gateway to the packaged services. The routes are
 * enumerated from the merged OpenAPI document ({@code /api/v1/openapi.json}), so a new endpoint is fuzzed without
 * anyone listing it. Each request is a valid-looking request with one part made hostile: a path or query value, a
 * JSON field (NUL, lone surrogates, huge or non-finite numbers, wrong types, deep nesting), the media type, an
 * over-long target or header. Rules out:
 * <ul>
 *   <li>any 5xx other than a retryable 503 (a NUL reaching PostgreSQL was a 500);
 *   <li>an error without an {@code application/problem+json} body carrying our {@code code} (an over-long URL was an
 *       empty 414);
 *   <li>a provider called for a request that was refused.
 * </ul>
 * Reproducible: the seed is printed; rerun with {@code -Dfuzz.seed=<seed>} (and {@code -Dfuzz.requests=<n>}).
 */
@ExtendWith(Platform.Shared.class)
class RouteFuzzIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final List<String> PROVIDERS = List.of("giftishow", "giftletter", "coufun");
    /** The sandbox's names of the calls that send (or send again) a coupon; COUFUN cannot issue. */
    private static final java.util.Set<String> SEND_CALLS = java.util.Set.of("send", "resend", "SendEPin", "ReSendSMS");

    private static Platform platform;

    @BeforeAll
    static void platform(Platform shared) {
        platform = shared;
    }

    /** One operation of the document: method, path template, parameters, and an example body if it takes one. */
    private record Operation(
            String method, String path, List<String> pathParams, List<String> queryParams, JsonNode bodySchema) {}

    private record Outcome(Operation operation, String target, int status, String contentType, String body) {}

    @Test
    void shouldAnswerEveryHostileRequestWithAProblemAndNeverA500() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", 3_000);
        System.out.println("RouteFuzzIT seed " + seed + " (rerun: -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        JsonNode document = openApi();
        List<Operation> operations = operations(document);
        assertThat(operations).as("operations in the merged document").hasSizeGreaterThan(20);
        Map<String, Integer> sendsBefore = providerSends();

        List<String> violations = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int accepted = 0;
        for (int i = 0; i < requests; i++) {
            Operation op = operations.get(random.nextInt(operations.size()));
            Outcome outcome = send(op, random, Platform.FUZZ_KEYS.get(i % Platform.FUZZ_KEYS.size()), document);
            byStatus.merge(outcome.status(), 1, Integer::sum);
            String violation = violation(outcome);
            if (violation != null && violations.size() < 50) {
                violations.add(violation);
            }
            if (outcome.status() < 300 && issues(op)) {
                accepted++;
            }
        }
        System.out.println(
                "RouteFuzzIT " + requests + " requests over " + operations.size() + " operations: " + byStatus);

        assertThat(violations).as("seed " + seed).isEmpty();
        // a refused request never reaches a provider: sends grow at most by the issuing requests that were accepted
        // (each may send one coupon per recipient; the fuzzer's batches have at most a few valid recipients)
        Map<String, Integer> sendsAfter = providerSends();
        int sent = 0;
        for (String provider : PROVIDERS) {
            sent += sendsAfter.get(provider) - sendsBefore.get(provider);
        }
        assertThat(sent)
                .as("provider sends for " + accepted + " accepted issuing requests")
                .isLessThanOrEqualTo(accepted * 3);
    }

    private static boolean issues(Operation op) {
        return op.method().equals("POST")
                && (op.path().equals("/api/v1/coupons")
                        || op.path().equals("/api/v1/coupon-batches")
                        || op.path().endsWith("/resend"));
    }

    private static String violation(Outcome o) {
        String where = o.operation().method() + " " + abbreviate(o.target()) + " -> " + o.status();
        if (o.status() >= 500) {
            boolean honestOutage = o.status() == 503 && o.body().contains("\"retryable\":true");
            if (!honestOutage) {
                return where + " " + abbreviate(o.body());
            }
        }
        if (o.status() >= 400) {
            if (!o.contentType().startsWith("application/problem+json")) {
                return where + " not a problem: " + o.contentType() + " " + abbreviate(o.body());
            }
            if (!o.body().contains("\"code\"")) {
                return where + " problem without code: " + abbreviate(o.body());
            }
        }
        return null;
    }

    private static Outcome send(Operation op, Random random, String key, JsonNode document) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Api-Key", key);
        headers.put("Idempotency-Key", java.util.UUID.randomUUID().toString());
        String path = op.path();
        Matcher m = PATH_PARAM.matcher(path);
        StringBuilder built = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(built, Matcher.quoteReplacement(pathValue(m.group(1), random)));
        }
        m.appendTail(built);
        StringBuilder query = new StringBuilder();
        for (String name : op.queryParams()) {
            if (random.nextInt(3) == 0) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(encode(hostileText(random)));
            }
        }
        String body = null;
        if (op.bodySchema() != null || random.nextInt(10) == 0) {
            body = body(op.bodySchema(), random, document);
            headers.put("Content-Type", mediaType(random));
        }
        switch (random.nextInt(25)) {
            case 0 -> query.append(query.length() == 0 ? '?' : '&').append("q=").append("a".repeat(9_000));
            case 1 -> headers.put("X-Fuzz", "h".repeat(20_000));
            case 2 -> headers.put("Accept", "application/x-nothing");
            case 3 -> headers.put("Content-Type", "application/json; charset=EBCDIC");
            default -> {}
        }
        String target = built + query.toString();
        RawHttp.Answer reply = RawHttp.request(platform.gateway.port, op.method(), target, headers, body);
        return new Outcome(op, target, reply.status(), reply.contentType(), reply.body());
    }

    private static String mediaType(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "text/plain";
            case 1 -> "application/x-www-form-urlencoded";
            case 2 -> "application/xml";
            default -> "application/json";
        };
    }

    /** A path value: most often one the route could hold, else hostile (already percent-encoded where needed). */
    private static String pathValue(String name, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> java.util.UUID.randomUUID().toString();
            case 1 -> PROVIDERS.get(random.nextInt(PROVIDERS.size())) + ":G" + random.nextInt(1_000_000);
            case 2 -> "2026-12-0" + (1 + random.nextInt(9));
            default -> encode(hostileText(random));
        };
    }

    /** Text no route expects. */
    private static String hostileText(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> "\u0000";
            case 1 -> "a\u0000b";
            case 2 -> "\ud800";
            case 3 -> "\udfff\ud800";
            case 4 -> "9".repeat(40);
            case 5 -> "-1";
            case 6 -> "1e999";
            case 7 -> "NaN";
            case 8 -> "x".repeat(3_000);
            case 9 -> "' or 1=1 --";
            case 10 -> "%";
            case 11 -> "기프티콘 아메리카노 🎁";
            case 12 -> "\r\nX-Injected: 1";
            case 13 -> "0x7fffffff";
            case 14 -> "2026-13-45";
            case 15 -> "";
            case 16 -> "true";
            case 17 -> "ISSUED,REDEEMED,EVERYTHING";
            case 18 -> "<script>alert(1)</script>";
            default -> Integer.toString(random.nextInt());
        };
    }

    /** URL encoding of what a hostile client would send; a lone surrogate goes as its (invalid) UTF-8 bytes. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                out.append(c < 0xDC00 ? "%ED%A0%80" : "%ED%BF%BF");
            } else {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** An example body from the schema, with one hostile value somewhere, or a body broken as a whole. */
    private static String body(JsonNode schema, Random random, JsonNode document) {
        switch (random.nextInt(12)) {
            case 0:
                return "";
            case 1:
                return "{\"a\":1,";
            case 2:
                return "[".repeat(5_000) + "]".repeat(5_000);
            case 3:
                return "{\"x\":\"" + "\\u0000".repeat(3) + "\"}";
            default:
                break;
        }
        JsonNode example = example(schema, document, 0, random);
        String text;
        try {
            text = JSON.writeValueAsString(example);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // replace one value of the example with a hostile one, as raw JSON text
        List<int[]> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"(?!\\s*:)|-?\\d+(?:\\.\\d+)?|true|false|null")
                .matcher(text);
        while (m.find()) {
            values.add(new int[] {m.start(), m.end()});
        }
        if (values.isEmpty()) {
            return text;
        }
        int[] at = values.get(random.nextInt(values.size()));
        String replacement = switch (random.nextInt(10)) {
            case 0 -> "\"\\u0000\"";
            case 1 -> "\"a\\u0000b\"";
            case 2 -> "\"\\ud800\"";
            case 3 -> "1e999";
            case 4 -> "9".repeat(400);
            case 5 -> "{\"nested\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
            case 6 -> "\"" + "가".repeat(5_000) + "\"";
            case 7 -> "[]";
            case 8 -> "-0.0000001";
            default -> "\"\\r\\nX-Injected: 1\"";
        };
        return text.substring(0, at[0]) + replacement + text.substring(at[1]);
    }

    private static JsonNode example(JsonNode schema, JsonNode document, int depth, Random random) {
        var factory = JSON.getNodeFactory();
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return factory.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText(); // #/components/schemas/Name
            return example(document.at(ref.substring(1)), document, depth + 1, random);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return example(schema.get(combinator).get(0), document, depth + 1, random);
            }
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" ->
                factory.textNode(
                        schema.path("format").asText().equals("date-time") ? "2026-12-02T00:00:00Z" : "01012345678");
            case "integer", "number" -> factory.numberNode(1);
            case "boolean" -> factory.booleanNode(true);
            case "array" -> factory.arrayNode().add(example(schema.get("items"), document, depth + 1, random));
            default -> {
                var object = factory.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields =
                        schema.path("properties").fields();
                while (fields.hasNext()) {
                    var field = fields.next();
                    object.set(field.getKey(), example(field.getValue(), document, depth + 1, random));
                }
                yield object;
            }
        };
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> all = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                String verb = method.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                JsonNode op = method.getValue();
                if (path.getKey().equals("/api/v1/events/stream")) {
                    continue; // an endless stream: not a request-reply route
                }
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode parameter =
                            p.has("$ref") ? document.at(p.get("$ref").asText().substring(1)) : p;
                    switch (parameter.path("in").asText()) {
                        case "path" -> pathParams.add(parameter.path("name").asText());
                        case "query" -> queryParams.add(parameter.path("name").asText());
                        default -> {}
                    }
                }
                JsonNode body = op.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                all.add(new Operation(
                        verb, path.getKey(), pathParams, queryParams, body.isMissingNode() ? null : body));
            }
        }
        return all;
    }

    private static JsonNode openApi() throws Exception {
        // keyless and limited per address: another test may just have spent the budget
        String[] text = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    var reply = RawHttp.request(platform.gateway.port, "GET", "/api/v1/openapi.json", Map.of(), null);
                    text[0] = reply.body();
                    return reply.status() == 200;
                });
        return JSON.readTree(text[0]);
    }

    /** Calls that send a coupon (or send it again), per provider, as the sandbox counted them. */
    private static Map<String, Integer> providerSends() {
        Map<String, Integer> sends = new LinkedHashMap<>();
        for (String provider : PROVIDERS) {
            Map<String, Object> calls = given().get(platform.sandbox.url() + "/sandbox/" + provider + "/calls")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
            int count = 0;
            for (var call : calls.entrySet()) {
                if (SEND_CALLS.contains(call.getKey())) {
                    count += ((Number) call.getValue()).intValue();
                }
            }
            sends.put(provider, count);
        }
        return sends;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
