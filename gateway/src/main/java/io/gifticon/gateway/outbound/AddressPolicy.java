package io.gifticon.gateway.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which addresses the gateway may connect to on a client's behalf: public unicast only. Refused (IANA special-purpose
 * registries, RFC 6890 and successors): this network, private (RFC 1918), CGNAT shared space, loopback, link-local
 * (cloud metadata 169.254.169.254), IETF protocol assignments, documentation and benchmarking ranges, 6to4 relay
 * anycast, multicast, reserved, broadcast; IPv6 unspecified, loopback, discard-only, ORCHID, documentation, unique
 * local, link-local, site-local, multicast, SRv6 SIDs, anything outside global unicast {@code 2000::/3}; IPv4
 * embedded in IPv6 (mapped, compatible, NAT64, 6to4) is judged as that IPv4 address, Teredo is refused whole.
 * Operators can add ranges (e.g. cluster pod and service CIDRs that are not private) and tests can allow some.
 */
public final class AddressPolicy {
    private static final List<IpRange> FORBIDDEN_V4 = ranges(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.31.196.0/24",
            "192.52.193.0/24",
            "192.88.99.0/24",
            "192.168.0.0/16",
            "192.175.48.0/24",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4",
            "255.255.255.255/32");
    private static final IpRange GLOBAL_UNICAST_V6 = IpRange.parse("2000::/3");
    private static final List<IpRange> FORBIDDEN_V6 =
            ranges("2001::/23", "2001:db8::/32", "2002::/16", "3fff::/20", "5f00::/16", "2620:4f:8000::/48");
    private static final IpRange NAT64 = IpRange.parse("64:ff9b::/96");
    private static final IpRange NAT64_LOCAL = IpRange.parse("64:ff9b:1::/48");
    private static final IpRange IPV4_COMPATIBLE = IpRange.parse("::/96");
    private static final IpRange SIX_TO_FOUR = IpRange.parse("2002::/16");

    private final List<IpRange> extraForbidden;
    private final List<IpRange> allowed;

    /**
     * @param extraForbidden ranges refused on top of the special-purpose ones
     * @param allowed        ranges accepted although special-purpose (tests: the loopback receivers)
     */
    public AddressPolicy(List<IpRange> extraForbidden, List<IpRange> allowed) {
        this.extraForbidden = List.copyOf(extraForbidden);
        this.allowed = List.copyOf(allowed);
    }

    /** The public-only policy without exceptions. */
    public static AddressPolicy strict() {
        return new AddressPolicy(List.of(), List.of());
    }

    /** Why the gateway must not connect to {@code address}, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(r -> r.contains(address))) {
            return Optional.empty();
        }
        Optional<IpRange> extra =
                extraForbidden.stream().filter(r -> r.contains(address)).findFirst();
        if (extra.isPresent()) {
            return Optional.of("is in the refused range " + extra.get());
        }
        if (address instanceof Inet4Address) {
            return FORBIDDEN_V4.stream()
                    .filter(r -> r.contains(address))
                    .findFirst()
                    .map(r -> "is not a public address (" + r + ")");
        }
        Inet6Address v6 = (Inet6Address) address;
        Optional<InetAddress> embedded = embeddedIpv4(v6);
        if (embedded.isPresent()) {
            return refusal(embedded.get())
                    .map(reason -> "embeds " + embedded.get().getHostAddress() + ", which " + reason);
        }
        if (NAT64_LOCAL.contains(v6)) {
            return Optional.of("is a local-use NAT64 address (64:ff9b:1::/48)");
        }
        if (!GLOBAL_UNICAST_V6.contains(v6)) {
            return Optional.of("is not a global unicast IPv6 address (loopback, unspecified, unique local, "
                    + "link-local, site-local, multicast or reserved)");
        }
        return FORBIDDEN_V6.stream()
                .filter(r -> r.contains(v6))
                .findFirst()
                .map(r -> "is not a public address (" + r + ")");
    }

    /** IPv4 carried inside an IPv6 address: compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4. */
    static Optional<InetAddress> embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        boolean compatible = IPV4_COMPATIBLE.contains(address) && !isUnspecifiedOrLoopback(b);
        if (compatible || NAT64.contains(address)) {
            return Optional.of(IpLiterals.address(new byte[] {b[12], b[13], b[14], b[15]}));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(IpLiterals.address(new byte[] {b[2], b[3], b[4], b[5]}));
        }
        return Optional.empty();
    }

    private static boolean isUnspecifiedOrLoopback(byte[] b) {
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 0 || b[15] == 1;
    }

    private static List<IpRange> ranges(String... cidrs) {
        return Stream.of(cidrs).map(IpRange::parse).toList();
    }
}
