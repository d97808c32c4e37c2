package io.gifticon.gateway.edge;

import io.gifticon.gateway.config.EdgeConfig;
import io.gifticon.gateway.outbound.IpLiterals;
import io.gifticon.gateway.outbound.IpRange;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling, as far as the network can tell: the connection's peer, unless that peer is a trusted proxy
 * ({@code gateway.edge.trusted-proxies}); then the right-most {@code X-Forwarded-For} entry that is not a trusted
 * proxy (entries to its left were written by the client and prove nothing). Limits per address use
 * {@link #limitKey}: the IPv4 address, or the /64 of an IPv6 address (one subscriber's usual allocation).
 */
@ApplicationScoped
public class ClientAddresses {
    private final List<IpRange> trusted;
    private final String header;

    @jakarta.inject.Inject
    public ClientAddresses(EdgeConfig config) {
        this(config.trustedProxies().orElse(List.of()), config.forwardedForHeader());
    }

    ClientAddresses(List<String> trustedProxies, String header) {
        this.trusted = trustedProxies.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(IpRange::parse)
                .toList();
        this.header = header;
    }

    /** The client's address (textual, canonical), or {@code "unknown"} when the peer is not an IP socket. */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return of(peer == null ? null : peer.hostAddress(), request.headers().getAll(header));
    }

    /** @param forwardedFor the values of every {@code X-Forwarded-For} header, in order */
    String of(String peer, List<String> forwardedFor) {
        Optional<InetAddress> remote = peer == null ? Optional.empty() : IpLiterals.parse(peer);
        if (remote.isEmpty()) {
            return "unknown";
        }
        InetAddress client = remote.get();
        if (isTrusted(client)) {
            outer:
            for (int v = forwardedFor.size() - 1; v >= 0; v--) {
                String[] hops = forwardedFor.get(v).split(",");
                for (int i = hops.length - 1; i >= 0; i--) {
                    Optional<InetAddress> hop = parseHop(hops[i].trim());
                    if (hop.isEmpty()) {
                        break outer; // garbled: the last trusted hop is as far as we can see
                    }
                    client = hop.get();
                    if (!isTrusted(client)) {
                        break outer;
                    }
                }
            }
        }
        return client.getHostAddress();
    }

    /** The bucket key of an address: IPv6 clients are limited per /64. */
    public static String limitKey(String address) {
        Optional<InetAddress> parsed = IpLiterals.parse(address);
        if (parsed.isPresent() && parsed.get() instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            return String.format(
                    "%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
        }
        return address;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    /** {@code 203.0.113.7}, {@code 203.0.113.7:5555}, {@code [2001:db8::1]:5555} or {@code 2001:db8::1}. */
    private static Optional<InetAddress> parseHop(String hop) {
        String host = hop;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(1, end);
        } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':'));
        }
        return IpLiterals.parse(host);
    }
}
