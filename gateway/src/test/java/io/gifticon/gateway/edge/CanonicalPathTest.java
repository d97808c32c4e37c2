package io.gifticon.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the canonical-path rule rules out: every spelling by which a path could mean one thing to the gateway's
 * scope check and another to the Vert.x router or the services (Vert.x normalizePath removes dot segments,
 * collapses '//' and decodes escaped unreserved characters; servlet-style stacks drop ';' parameters and turn '\'
 * into '/').
 */
class CanonicalPathTest {
    /** Raw UTF-8 bytes as Netty hands them over: ISO-8859-1 characters. */
    private static String rawBytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    static final List<String> REFUSED = List.of(
            // dot segments, raw and escaped in every case and mix
            "/api/v1/pos/../settlement/status-sweeps",
            "/api/v1/pos/./transactions",
            "/api/v1/pos/..",
            "/api/v1/pos/%2e%2e/settlement/status-sweeps",
            "/api/v1/pos/%2E%2E/settlement/status-sweeps",
            "/api/v1/pos/.%2e/settlement/status-sweeps",
            "/api/v1/pos/%2e./settlement/status-sweeps",
            "/api/v1/pos/%2E/transactions",
            // double encoding and encoded separators
            "/api/v1/pos/%252e%252e/settlement/status-sweeps",
            "/api/v1/pos%2f..%2fsettlement/status-sweeps",
            "/api/v1/pos%2F..%2Fsettlement/status-sweeps",
            "/api/v1/pos/%5c..%5csettlement/status-sweeps",
            "/api/v1/pos/%5C..%5Csettlement",
            // empty segments
            "/api/v1//settlement/status-sweeps",
            "//api/v1/settlement",
            "/api/v1/pos//../settlement",
            // path parameters
            "/api/v1/pos;/../settlement/status-sweeps",
            "/api/v1/pos/..;/settlement/status-sweeps",
            "/api/v1/settlement;x=1/status-sweeps",
            "/api/v1/pos/%3B",
            // backslashes
            "/api/v1/pos\\..\\settlement\\status-sweeps",
            "/api/v1/pos/a\\b",
            // control characters, raw and escaped
            "/api/v1/pos/\u0000",
            "/api/v1/pos/%00",
            "/api/v1/pos/a\tb",
            "/api/v1/pos/%0a",
            "/api/v1/pos/%7F",
            // invalid escapes and non-UTF-8
            "/api/v1/pos/%zz",
            "/api/v1/pos/%4",
            "/api/v1/pos/%",
            "/api/v1/pos/%C3%28",
            "/api/v1/pos/%C0%AE",
            "/api/v1/pos/%ED%A0%80",
            "/api/v1/pos/%FF",
            "/api/v1/pos/%EC%BBa",
            // a second spelling of the same byte
            "/api/v1/pos/%c3%a9",
            "/api/v1/%70os/transactions",
            "/api/v1/pos/transaction%73",
            "/api/v1/pos/%7E",
            "/api/v1/pos/%3A",
            "/api/v1/pos/%40",
            "/api/v1/x/a%2Bb",
            // raw characters that must be escaped
            "/api/v1/pos/" + rawBytes("é"),
            "/api/v1/pos/a b",
            "/api/v1/pos/<x>",
            "/api/v1/pos/a#b",
            "/api/v1/pos/a|b",
            "/api/v1/pos/a\"b",
            "/api/v1/pos/{x}",
            "/api/v1/pos/a`b",
            "/api/v1/pos/a^b",
            // trailing slash under /api, no leading slash
            "/api/v1/pos/transactions/",
            "/api/v1/",
            "api/v1/pos",
            "");

    static final List<String> CANONICAL = List.of(
            "/",
            "/pos/",
            "/pos/pos.js",
            "/ui/settlement/index.html",
            "/api/v1/pos/transactions",
            "/api/v1/pos/transactions/POS1733100000abc/confirm",
            "/api/v1/products/giftishow:G00000280811",
            "/api/v1/brands/%EC%BB%A4%ED%94%BC",
            "/api/v1/coupons/a...b",
            "/api/v1/x/~user",
            "/api/v1/x/a%20b",
            "/api/v1/x/a+b",
            "/api/v1/x/(1),*!$&'=@");

    @Test
    void shouldRefuseEverySpellingThatIsNotTheCanonicalOne() {
        for (String path : REFUSED) {
            assertThat(CanonicalPath.problem(path)).as(path).isPresent();
        }
    }

    @Test
    void shouldAcceptCanonicalPaths() {
        for (String path : CANONICAL) {
            assertThat(CanonicalPath.problem(path)).as(path).isEmpty();
        }
    }

    @Test
    void shouldAcceptOnlyWhatVertxWouldNotChange() {
        for (String path : CANONICAL) {
            assertThat(io.vertx.core.http.impl.HttpUtils.normalizePath(path))
                    .as(path)
                    .isEqualTo(path);
        }
    }

    @Test
    void shouldExplainWithoutQuotingThePath() {
        assertThat(CanonicalPath.problem("/api/v1/pos/%2e%2e/secret-customer-0101234"))
                .get()
                .asString()
                .doesNotContain("0101234");
    }
}
