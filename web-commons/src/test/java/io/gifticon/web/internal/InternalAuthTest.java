package io.gifticon.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InternalAuthTest {
    private static final String SECRET = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes
    private static final String OTHER = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    private static final long NOW = 1_780_000_000L;
    private final InternalAuth auth = new InternalAuth(SECRET);

    private String signed() {
        return auth.sign("gateway", NOW, "POST", "/api/v1/pos/transactions?x=1", "terminal-1", "pos:write");
    }

    @Test
    void shouldAcceptTheProofOfExactlyThisRequest() {
        assertThat(auth.verify(
                        signed(), NOW + 5, 60, "POST", "/api/v1/pos/transactions?x=1", "terminal-1", "pos:write"))
                .contains("gateway");
    }

    @Test
    void shouldRefuseAProofMovedToAnotherPathMethodQueryOrClient() {
        // what it rules out: replaying a captured header on an admin path, with another method, query or identity
        assertThat(auth.verify(
                        signed(), NOW, 60, "POST", "/api/v1/settlement/status-sweeps", "terminal-1", "pos:write"))
                .isEmpty();
        assertThat(auth.verify(signed(), NOW, 60, "GET", "/api/v1/pos/transactions?x=1", "terminal-1", "pos:write"))
                .isEmpty();
        assertThat(auth.verify(signed(), NOW, 60, "POST", "/api/v1/pos/transactions?x=2", "terminal-1", "pos:write"))
                .isEmpty();
        assertThat(auth.verify(signed(), NOW, 60, "POST", "/api/v1/pos/transactions?x=1", "terminal-2", "pos:write"))
                .isEmpty();
        assertThat(auth.verify(
                        signed(), NOW, 60, "POST", "/api/v1/pos/transactions?x=1", "terminal-1", "pos:write admin"))
                .isEmpty();
    }

    @Test
    void shouldRefuseAProofOutsideTheClockSkew() {
        assertThat(auth.verify(
                        signed(), NOW + 61, 60, "POST", "/api/v1/pos/transactions?x=1", "terminal-1", "pos:write"))
                .isEmpty();
        assertThat(auth.verify(
                        signed(), NOW - 61, 60, "POST", "/api/v1/pos/transactions?x=1", "terminal-1", "pos:write"))
                .isEmpty();
    }

    @Test
    void shouldRefuseAProofUnderAnotherSecretOrMalformed() {
        String foreign = new InternalAuth(OTHER).sign("gateway", NOW, "GET", "/", null, null);
        assertThat(auth.verify(foreign, NOW, 60, "GET", "/", null, null)).isEmpty();
        for (String junk : new String[] {
            null,
            "",
            "v1",
            "v1;c=gateway;t=x;s=y",
            "v2;c=gateway;t=1;s=AA",
            "v1;c=Gate way;t=" + NOW + ";s=AA",
            "v1;c=gateway;t=" + NOW + ";s=%%%",
            "x".repeat(300)
        }) {
            assertThat(auth.verify(junk, NOW, 60, "GET", "/", null, null))
                    .as(String.valueOf(junk))
                    .isEmpty();
        }
    }

    @Test
    void shouldTreatAbsentClientHeadersAsEmpty() {
        String header = auth.sign("issuance-service", NOW, "GET", "/api/v1/products/p1", null, null);
        assertThat(auth.verify(header, NOW, 60, "GET", "/api/v1/products/p1", null, null))
                .contains("issuance-service");
        assertThat(auth.verify(header, NOW, 60, "GET", "/api/v1/products/p1", "someone", null))
                .isEmpty();
    }

    @Test
    void shouldRefuseShortOrNonBase64Secrets() {
        assertThatThrownBy(() -> new InternalAuth("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new InternalAuth("not base64!")).hasMessageContaining("base64");
    }
}
