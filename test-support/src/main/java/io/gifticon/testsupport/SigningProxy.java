package io.gifticon.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gifticon.web.internal.InternalAuth;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * What the gateway does for a browser in front of a service under test: forwards every request to the service with
 * the {@link InternalAuth} proof added (no client headers), so a page served by the service can be driven in a real
 * browser without the whole platform. Loopback only, a random port.
 */
public final class SigningProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "host",
            "keep-alive",
            "transfer-encoding",
            "upgrade",
            "expect",
            "te",
            "trailer",
            "proxy-connection");

    private final HttpServer server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI backend;
    private final InternalAuth auth;

    private SigningProxy(URI backend, String secret) throws IOException {
        this.backend = backend;
        this.auth = new InternalAuth(secret);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::forward);
        server.start();
    }

    /** A proxy to {@code backend} (scheme, host and port of the service) signing with {@code secret}. */
    public static SigningProxy start(URI backend, String secret) {
        try {
            return new SigningProxy(backend, secret);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the signing proxy", e);
        }
    }

    /** The proxy's URL for a path of the service, e.g. {@code /ui/settlement/}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            String method = exchange.getRequestMethod();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(backend.resolve(target))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase();
                if (!HOP_BY_HOP.contains(lower) && !lower.startsWith("x-client-") && !lower.equals("x-internal-auth")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            request.header(
                    InternalAuth.HEADER,
                    auth.sign("gateway", Instant.now().getEpochSecond(), method, target, null, null));
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
