package io.gifticon.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.web.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the parameter check rules out before a resource method (and PostgreSQL) sees the value. */
class StorableParametersTest {

    private static Optional<Problem> query(String raw) {
        return StorableParameters.problem(raw, Map.of(), List.of());
    }

    @Test
    void shouldRefuseAnEncodedNulInAQueryValueNamingTheParameter() {
        Problem problem = query("q=%EC%BB%A4&brand=a%00b").orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("brand");
    }

    @Test
    void shouldRefuseInvalidEscapesAndNonUtf8InQueries() {
        assertThat(query("q=%zz")).isPresent();
        assertThat(query("q=%ED%A0%80")).isPresent(); // an encoded surrogate
        assertThat(query("q%00=1")).isPresent(); // in the name
    }

    @Test
    void shouldRefuseNulInPathParametersAndHeaders() {
        assertThat(StorableParameters.problem(null, Map.of("couponId", List.of("c\u0000")), List.of()))
                .map(p -> p.errors().get(0).field())
                .contains("couponId");
        assertThat(StorableParameters.rawPath("/api/v1/coupons/c%00")).isPresent();
        assertThat(StorableParameters.rawPath("/api/v1/coupons/c%ED%A0%80")).isPresent();
        assertThat(StorableParameters.rawPath("/api/v1/coupons/%zz")).isPresent();
        assertThat(StorableParameters.rawPath("/api/v1/brands/%EC%BB%A4%ED%94%BC"))
                .isEmpty();
        assertThat(StorableParameters.problem(null, Map.of(), List.of(Map.entry("Idempotency-Key", "k\u0000"))))
                .map(p -> p.errors().get(0).field())
                .contains("Idempotency-Key");
    }

    @Test
    void shouldAcceptOrdinaryParameters() {
        assertThat(query("q=%EC%BB%A4%ED%94%BC&page=1&flag&size=")).isEmpty();
        assertThat(StorableParameters.problem("", Map.of("id", List.of("cpn-1")), List.of(Map.entry("A", "b"))))
                .isEmpty();
    }
}
