package io.gifticon.gateway.outbound;

import io.gifticon.gateway.config.WebhookConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.dns.DnsClient;
import io.vertx.core.dns.DnsClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Resolves host names for outbound calls without blocking and without the pod's search domains: A and AAAA queries
 * straight to one DNS server (the first of /etc/resolv.conf, or {@code gateway.webhooks.dns-server}), so that
 * {@code settlement-service.gifticon} is asked as exactly that name (and fails) instead of being completed to
 * {@code settlement-service.gifticon.svc.cluster.local}. {@code localhost} names are loopback (RFC 6761), never asked.
 */
@ApplicationScoped
public class DnsResolver {
    private static final Logger LOG = Logger.getLogger(DnsResolver.class);
    private final DnsClient dns;

    public DnsResolver(Vertx vertx, WebhookConfig config) {
        String server = config.dnsServer().orElseGet(DnsResolver::systemNameServer);
        String host = server;
        int port = 53;
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(':') == colon) {
            host = server.substring(0, colon);
            port = Integer.parseInt(server.substring(colon + 1));
        }
        LOG.infof("outbound host names are resolved by %s:%d", host, port);
        this.dns = vertx.createDnsClient(new DnsClientOptions()
                .setHost(host)
                .setPort(port)
                .setQueryTimeout(config.dnsTimeout().toMillis())
                .setRecursionDesired(true));
    }

    /** Every address of the name (IPv4 first); fails when it has none. */
    public Uni<List<InetAddress>> resolve(String name) {
        String host = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Uni.createFrom().item(List.of(InetAddress.getLoopbackAddress()));
        }
        Future<List<String>> v4 = dns.resolveA(host).otherwise(List.of());
        Future<List<String>> v6 = dns.resolveAAAA(host).otherwise(List.of());
        Future<List<InetAddress>> all = Future.all(v4, v6).map(done -> {
            List<InetAddress> addresses = new ArrayList<>();
            for (String text : v4.result()) {
                IpLiterals.parse(text).ifPresent(addresses::add);
            }
            for (String text : v6.result()) {
                IpLiterals.parse(text).ifPresent(addresses::add);
            }
            if (addresses.isEmpty()) {
                throw new UnresolvableHost();
            }
            return addresses;
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    static String systemNameServer() {
        try {
            Optional<String> first = Files.readAllLines(Path.of("/etc/resolv.conf")).stream()
                    .map(String::trim)
                    .filter(l -> l.startsWith("nameserver"))
                    .map(l -> l.substring("nameserver".length()).trim())
                    .filter(s -> !s.isEmpty())
                    .findFirst();
            return first.orElse("127.0.0.53");
        } catch (IOException e) {
            return "127.0.0.53";
        }
    }

    /** The name has no address (NXDOMAIN, no records, or no answer in time). */
    public static final class UnresolvableHost extends RuntimeException {
        UnresolvableHost() {
            super("the host name has no address", null, false, false);
        }
    }
}
