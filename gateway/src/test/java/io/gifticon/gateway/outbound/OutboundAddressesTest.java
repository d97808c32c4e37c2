package io.gifticon.gateway.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the outbound address rules rule out, in every notation an attacker can write an address in. */
class OutboundAddressesTest {
    private final AddressPolicy policy = AddressPolicy.strict();

    private boolean refused(String literal) {
        InetAddress address = IpLiterals.parse(literal).orElseThrow(() -> new AssertionError(literal));
        return policy.refusal(address).isPresent();
    }

    @Test
    void shouldRefuseEveryNonPublicIpv4Range() {
        for (String address : List.of(
                "0.0.0.0",
                "0.1.2.3",
                "10.0.0.1",
                "10.255.255.255",
                "100.64.0.1",
                "100.127.255.254",
                "127.0.0.1",
                "127.255.255.254",
                "169.254.169.254",
                "169.254.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.0.0.8",
                "192.0.2.1",
                "192.88.99.1",
                "192.168.1.1",
                "198.18.0.1",
                "198.19.255.255",
                "198.51.100.7",
                "203.0.113.9",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255")) {
            assertThat(refused(address)).as(address).isTrue();
        }
    }

    @Test
    void shouldRefuseEveryNonPublicIpv6Range() {
        for (String address : List.of(
                "::",
                "::1",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "febf::1",
                "fec0::1",
                "ff02::1",
                "2001:db8::1",
                "2001::1",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2",
                "100::1",
                "3fff::1",
                "64:ff9b:1::1",
                "5f00::1")) {
            assertThat(refused(address)).as(address).isTrue();
        }
    }

    @Test
    void shouldJudgeIpv4EmbeddedInIpv6AsThatIpv4() {
        // mapped (both spellings), compatible, NAT64, 6to4 of private addresses
        for (String address : List.of(
                "::ffff:127.0.0.1",
                "::ffff:7f00:1",
                "::ffff:169.254.169.254",
                "::ffff:a00:1",
                "::127.0.0.1",
                "::10.0.0.1",
                "64:ff9b::10.0.0.1",
                "64:ff9b::7f00:1",
                "2002:7f00:1::1",
                "2002:a9fe:a9fe::1",
                "2002:c0a8:101::")) {
            assertThat(refused(address)).as(address).isTrue();
        }
        assertThat(refused("64:ff9b::5db8:d822")).isFalse(); // NAT64 of a public address
        assertThat(refused("::ffff:93.184.216.34")).isFalse();
    }

    @Test
    void shouldAcceptPublicAddresses() {
        for (String address : List.of(
                "93.184.216.34",
                "8.8.8.8",
                "1.1.1.1",
                "100.63.255.255",
                "100.128.0.1",
                "172.32.0.1",
                "2606:4700:4700::1111",
                "2a00:1450:4001::1")) {
            assertThat(refused(address)).as(address).isFalse();
        }
    }

    @Test
    void shouldReadEveryIpv4Notation() {
        for (String notation : List.of(
                "127.1",
                "127.0.1",
                "0x7f.1",
                "0x7F.0.0.1",
                "0177.0.0.1",
                "017700000001",
                "2130706433",
                "0x7f000001",
                "127.000.000.001",
                "0x7f.0x0.0x0.0x1",
                "127.1.")) {
            assertThat(IpLiterals.anyIpv4Notation(notation))
                    .as(notation)
                    .get()
                    .extracting(InetAddress::getHostAddress)
                    .isEqualTo("127.0.0.1");
        }
        assertThat(IpLiterals.anyIpv4Notation("0xa9fea9fe"))
                .get()
                .extracting(InetAddress::getHostAddress)
                .isEqualTo("169.254.169.254");
        assertThat(IpLiterals.anyIpv4Notation("hooks.example.com")).isEmpty();
        assertThat(IpLiterals.anyIpv4Notation("1.2.3.4.5")).isEmpty();
        assertThat(IpLiterals.anyIpv4Notation("256.1")).isEmpty();
    }

    @Test
    void shouldParseOnlyCanonicalLiteralsAsAddresses() {
        assertThat(IpLiterals.parse("127.0.0.1")).isPresent();
        assertThat(IpLiterals.parse("[::1]")).isPresent();
        assertThat(IpLiterals.parse("127.1")).isEmpty();
        assertThat(IpLiterals.parse("0177.0.0.1")).isEmpty();
        assertThat(IpLiterals.parse("fe80::1%eth0")).isEmpty();
        assertThat(IpLiterals.parse("example.com")).isEmpty();
    }

    @Test
    void shouldHonourOperatorRanges() {
        AddressPolicy policy =
                new AddressPolicy(List.of(IpRange.parse("93.184.0.0/16")), List.of(IpRange.parse("127.0.0.0/8")));
        assertThat(policy.refusal(IpLiterals.parse("93.184.216.34").orElseThrow()))
                .isPresent();
        assertThat(policy.refusal(IpLiterals.parse("127.0.0.1").orElseThrow())).isEmpty();
        assertThat(policy.refusal(IpLiterals.parse("10.0.0.1").orElseThrow())).isPresent();
    }
}
