package io.gifticon.gateway.outbound;

import io.gifticon.gateway.config.WebhookConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether the gateway may call a URL a client gave (webhooks), and where exactly: the URL must be an
 * absolute {@code http}/{@code https} URL without user info or fragment; its host a public DNS name (with a dot,
 * not an in-cluster or local name) or a public IP literal in canonical notation; every address the name resolves to
 * (now, at delivery time) must be public ({@link AddressPolicy}). The caller connects to the returned address and
 * sends the name as {@code Host} and TLS SNI: nothing resolves the name a second time.
 */
@ApplicationScoped
public class OutboundTargets {
    /** Names that only mean something inside a network, a cluster or a host. */
    private static final List<String> INTERNAL_SUFFIXES = List.of(
            "localhost",
            "local",
            "internal",
            "svc",
            "cluster.local",
            "home.arpa",
            "arpa",
            "localdomain",
            "lan",
            "intranet",
            "corp",
            "home",
            "private");

    private final WebhookConfig config;
    private final DnsResolver resolver;
    private final AddressPolicy policy;
    private final List<String> deniedSuffixes;

    public OutboundTargets(WebhookConfig config, DnsResolver resolver) {
        this.config = config;
        this.resolver = resolver;
        this.policy = new AddressPolicy(
                config.deniedRanges().orElse(List.of()).stream()
                        .map(String::trim)
                        .map(IpRange::parse)
                        .toList(),
                config.allowedPrivateRanges().orElse(List.of()).stream()
                        .map(String::trim)
                        .map(IpRange::parse)
                        .toList());
        this.deniedSuffixes = Stream.concat(
                        INTERNAL_SUFFIXES.stream(),
                        config.deniedHostSuffixes().orElse(List.of()).stream()
                                .map(s -> s.trim().toLowerCase(Locale.ROOT)))
                .map(s -> s.startsWith(".") ? s.substring(1) : s)
                .toList();
    }

    /**
     * Where to connect for one request.
     *
     * @param hostHeader the name (or literal) sent as {@code Host} and SNI
     * @param address    the checked address to connect to
     * @param requestUri path and query of the request line
     */
    public record Destination(String hostHeader, int port, boolean ssl, InetAddress address, String requestUri) {}

    /** The URL refused, with a reason that may be shown to the client who gave it. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A parsed, syntactically acceptable URL whose host is not yet resolved. */
    record Parsed(String host, int port, boolean ssl, String requestUri, Optional<InetAddress> literal) {}

    /** Checks syntax and host rules without resolving; the reason when refused. */
    public Optional<String> syntaxProblem(String url) {
        try {
            parse(url);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Checks the URL and resolves its host now; fails with {@link Refused}. */
    public Uni<Destination> resolve(String url) {
        Parsed parsed;
        try {
            parsed = parse(url);
        } catch (Refused e) {
            return Uni.createFrom().failure(e);
        }
        if (parsed.literal().isPresent()) {
            return Uni.createFrom().item(destination(parsed, parsed.literal().get()));
        }
        return resolver.resolve(parsed.host())
                .onFailure()
                .transform(e -> new Refused("has a host name that does not resolve"))
                .map(addresses -> {
                    if (!config.allowPrivateUrls()) {
                        for (InetAddress address : addresses) {
                            // one private answer refuses the name: a rebinding name mixes public and private ones
                            Optional<String> refusal = policy.refusal(address);
                            if (refusal.isPresent()) {
                                throw new Refused("has a host name that resolves to " + address.getHostAddress()
                                        + ", which " + refusal.get());
                            }
                        }
                    }
                    return destination(parsed, addresses.get(0));
                });
    }

    private static Destination destination(Parsed parsed, InetAddress address) {
        return new Destination(parsed.host(), parsed.port(), parsed.ssl(), address, parsed.requestUri());
    }

    Parsed parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.isOpaque()) {
            throw new Refused("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry user information (user@host)");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment (#...)");
        }
        String host = uri.getHost();
        if (host == null) {
            // java.net.URI leaves the host out when it is neither a host name nor a dotted quad: 127.1, 0x7f.1, ...
            String authority =
                    uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceFirst(":\\d*$", "");
            IpLiterals.anyIpv4Notation(authority).ifPresent(address -> {
                throw new Refused(
                        "names an IPv4 address (" + address.getHostAddress() + ") in a non-canonical notation");
            });
            throw new Refused("must name a host (ASCII; write internationalised names in punycode)");
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean ssl = scheme.equals("https");
        int port = uri.getPort() < 0 ? (ssl ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new Refused("has an invalid port");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String hostHeader = host.startsWith("[") ? host : host.replaceAll("\\.$", "");
        if (host.startsWith("[")) {
            InetAddress literal = IpLiterals.parse(host).orElseThrow(() -> new Refused("has an invalid IPv6 host"));
            return new Parsed(hostHeader, port, ssl, requestUri, Optional.of(allowed(literal)));
        }
        Optional<InetAddress> canonical = IpLiterals.parse(host);
        if (canonical.isPresent()) {
            return new Parsed(hostHeader, port, ssl, requestUri, Optional.of(allowed(canonical.get())));
        }
        Optional<InetAddress> numeric = IpLiterals.anyIpv4Notation(host);
        if (numeric.isPresent()) {
            throw new Refused(
                    "names an IPv4 address (" + numeric.get().getHostAddress() + ") in a non-canonical notation");
        }
        if (!config.allowPrivateUrls()) {
            checkName(hostHeader);
        }
        return new Parsed(hostHeader, port, ssl, requestUri, Optional.empty());
    }

    private InetAddress allowed(InetAddress literal) {
        if (!config.allowPrivateUrls()) {
            policy.refusal(literal).ifPresent(reason -> {
                throw new Refused("names " + literal.getHostAddress() + ", which " + reason);
            });
        }
        return literal;
    }

    private void checkName(String name) {
        if (name.length() > 253) {
            throw new Refused("has a host name longer than 253 characters");
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            throw new Refused("must name a fully qualified public host (a name without a dot is completed with the "
                    + "search domains of our network)");
        }
        for (String label : labels) {
            if (!label.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
                throw new Refused("has an invalid host name");
            }
        }
        if (labels[labels.length - 1].matches("[0-9]+")) {
            throw new Refused("has a numeric top-level domain");
        }
        if (name.contains(".svc.")) {
            throw new Refused("names a host inside a cluster (.svc.)");
        }
        for (String suffix : deniedSuffixes) {
            if (name.equals(suffix) || name.endsWith("." + suffix)) {
                throw new Refused("names a host inside a private network or cluster (." + suffix + ")");
            }
        }
    }
}
