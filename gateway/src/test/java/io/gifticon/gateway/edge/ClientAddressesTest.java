package io.gifticon.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the client is behind the Ingress, and what a client cannot make the gateway believe. */
class ClientAddressesTest {
    private final ClientAddresses behindIngress = new ClientAddresses(List.of("10.0.0.0/8"), "X-Forwarded-For");
    private final ClientAddresses exposed = new ClientAddresses(List.of(), "X-Forwarded-For");

    @Test
    void shouldTakeTheRightMostAddressNotWrittenByATrustedProxy() {
        assertThat(behindIngress.of("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(behindIngress.of("10.1.2.3", List.of("198.51.100.7, 10.9.9.9")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void shouldIgnoreWhatTheClientWroteItself() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the Ingress appended the real peer
        assertThat(behindIngress.of("10.1.2.3", List.of("1.2.3.4, 198.51.100.7")))
                .isEqualTo("198.51.100.7");
        assertThat(behindIngress.of("10.1.2.3", List.of("1.2.3.4", "198.51.100.7")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void shouldIgnoreTheHeaderFromAnUntrustedPeer() {
        assertThat(behindIngress.of("203.0.113.5", List.of("1.2.3.4"))).isEqualTo("203.0.113.5");
        assertThat(exposed.of("10.1.2.3", List.of("1.2.3.4"))).isEqualTo("10.1.2.3");
    }

    @Test
    void shouldStopAtAGarbledEntry() {
        assertThat(behindIngress.of("10.1.2.3", List.of("1.2.3.4, nonsense, 10.4.4.4")))
                .isEqualTo("10.4.4.4");
    }

    @Test
    void shouldReadPortsAndIpv6Entries() {
        assertThat(behindIngress.of("10.1.2.3", List.of("198.51.100.7:4711"))).isEqualTo("198.51.100.7");
        assertThat(behindIngress.of("10.1.2.3", List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void shouldLimitIpv6ClientsPerSlash64() {
        assertThat(ClientAddresses.limitKey("2001:db8:0:1:0:0:0:1"))
                .isEqualTo(ClientAddresses.limitKey("2001:db8:0:1:ffff:0:0:2"));
        assertThat(ClientAddresses.limitKey("198.51.100.7")).isEqualTo("198.51.100.7");
    }
}
