package io.gifticon.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.gateway.auth.ApiClient;
import io.gifticon.gateway.auth.ApiKeys;
import io.gifticon.gateway.auth.Authentication;
import io.gifticon.gateway.config.GatewayConfig;
import io.gifticon.gateway.edge.BodyLimits;
import io.gifticon.gateway.edge.ClientAddresses;
import io.gifticon.gateway.edge.EdgeGuard;
import io.gifticon.gateway.edge.LimitedBody;
import io.gifticon.gateway.ratelimit.RateLimitDecision;
import io.gifticon.gateway.ratelimit.RateLimiter;
import io.gifticon.gateway.stream.StreamSlots;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.internal.InternalAuth;
import io.gifticon.web.internal.InternalAuthSigner;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The public {@code /api/v1} surface (and {@code /pos/config}): gives every request an id (header and log MDC) and an
 * access log line, authenticates the API key, checks the route's scope and rate limit, and streams the request to
 * the service behind the route with the Vert.x reverse proxy, or hands it on (with the client in the routing
 * context) to the gateway's own endpoints: webhooks, event stream, documents, POS settings. The path it decides on
 * is the one {@link EdgeGuard} checked to be canonical, and exactly that path is forwarded. The services trust
 * {@code X-Client-Id} and {@code X-Client-Scopes} because every forwarded request carries the gateway's
 * {@link InternalAuth} proof over them, which the services check; whatever a client sends in those headers is
 * replaced.
 */
@ApplicationScoped
public class ServiceProxy {
    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    static final String API_KEY = "X-Api-Key";
    static final String CLIENT_ID = "X-Client-Id";
    static final String CLIENT_SCOPES = "X-Client-Scopes";
    static final String REQUEST_ID = "X-Request-Id";
    /** MDC key of the request id, {@code %X{requestId}} in the log format. */
    public static final String MDC_REQUEST_ID = "requestId";
    /** Where the authenticated {@link ApiClient} is kept in the routing context for the gateway's own endpoints. */
    public static final String CLIENT = "gateway.client";

    private static final Logger ACCESS = Logger.getLogger("io.gifticon.gateway.access");
    /** Documents anyone may read, without a key. */
    private static final Set<String> PUBLIC = Set.of("/api/v1/openapi.json", "/api/v1/events/asyncapi.yaml");

    private static final String ACCESS_CLIENT = "gateway.access.client";
    /** Pages of the settlement service, proxied without a key. */
    static final String SETTLEMENT_UI = "/ui/settlement";
    /** The POS page's settings, served by the gateway to a key with pos:write. */
    static final String POS_CONFIG = "/pos/config";

    static final String EVENT_STREAM = "/api/v1/events/stream";
    /** The client's address ({@link ClientAddresses}) in the routing context. */
    public static final String CLIENT_ADDRESS = "gateway.client.address";
    /** Method overrides some frameworks honour: a read-scoped GET must not become a write behind our back. */
    private static final List<String> METHOD_OVERRIDES =
            List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final GatewayConfig config;
    private final ApiKeys apiKeys;
    private final RateLimiter rateLimiter;
    private final InternalAuthSigner signer;
    private final ObjectMapper json;
    private final ClientAddresses addresses;
    private final BodyLimits bodyLimits;
    private final StreamSlots streams;
    private final List<Route> routes;
    private final java.util.Map<URI, HttpProxy> proxies = new java.util.HashMap<>();

    public ServiceProxy(
            GatewayConfig config,
            ApiKeys apiKeys,
            RateLimiter rateLimiter,
            InternalAuthSigner signer,
            ObjectMapper json,
            ClientAddresses addresses,
            BodyLimits bodyLimits,
            StreamSlots streams) {
        this.config = config;
        this.apiKeys = apiKeys;
        this.rateLimiter = rateLimiter;
        this.signer = signer;
        this.json = json;
        this.addresses = addresses;
        this.bodyLimits = bodyLimits;
        this.streams = streams;
        var services = config.services();
        this.routes = List.of(
                new Route(
                        "/api/v1/coupons",
                        services.issuance(),
                        List.of("coupons:read", "coupons:write"),
                        "coupons:write"),
                new Route(
                        "/api/v1/coupon-batches",
                        services.issuance(),
                        List.of("coupons:read", "coupons:write"),
                        "coupons:write"),
                new Route("/api/v1/products", services.catalog(), List.of("catalog:read"), ApiClient.ADMIN),
                new Route("/api/v1/brands", services.catalog(), List.of("catalog:read"), ApiClient.ADMIN),
                new Route("/api/v1/catalog", services.catalog(), List.of("catalog:read"), ApiClient.ADMIN),
                new Route("/api/v1/settlement", services.settlement(), List.of("settlement:read"), ApiClient.ADMIN),
                new Route("/api/v1/pos", services.settlement(), List.of("settlement:read"), "pos:write"),
                Route.local("/api/v1/webhooks", List.of("webhooks:manage"), "webhooks:manage"),
                Route.local("/api/v1/events", List.of("events:read", "coupons:read", "coupons:write"), ApiClient.ADMIN),
                Route.local(POS_CONFIG, List.of("pos:write"), "pos:write"));
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setMaxPoolSize(config.proxy().maxConnections())
                .setKeepAlive(true));
        routes.stream()
                .map(Route::service)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(service -> proxies.put(
                        service,
                        HttpProxy.reverseProxy(client)
                                .originRequestProvider((request, httpClient) -> originRequest(service, httpClient))
                                .addInterceptor(new ProblemOnFailure())));
        router.route("/api/v1/*").order(-100).handler(this::handle);
        router.route(POS_CONFIG).order(-100).handler(this::handle);
        router.route(SETTLEMENT_UI + "/*").order(-100).handler(this::handleSettlementUi);
    }

    void logRoutes(@Observes StartupEvent event) {
        routes.forEach(r -> LOG.infof("route %s -> %s", r.prefix(), r.servedByGateway() ? "gateway" : r.service()));
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        identify(ctx);

        if (PUBLIC.contains(request.path())) {
            if (allowedWithoutKey(ctx)) {
                ctx.next();
            }
            return;
        }
        Optional<Route> route =
                routes.stream().filter(r -> r.matches(request.path())).findFirst();
        if (route.isEmpty()) {
            reject(ctx, Problem.of(ErrorCode.NOT_FOUND, "No API at " + request.path()));
            return;
        }
        // the key is looked up asynchronously: hold the body until the request is proxied or refused
        request.pause();
        String addressKey = ClientAddresses.limitKey(ctx.get(CLIENT_ADDRESS));
        apiKeys.authenticate(request.getHeader(API_KEY), addressKey)
                .subscribe()
                .with(
                        authentication -> {
                            if (authentication instanceof Authentication.Known known) {
                                forward(ctx, route.get(), Optional.of(known.client()));
                            } else if (authentication instanceof Authentication.Throttled throttled) {
                                ctx.response().putHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                                reject(
                                        ctx,
                                        Problem.of(
                                                        ErrorCode.RATE_LIMITED,
                                                        "Too many requests with "
                                                                + "unknown API keys from this address; retry after "
                                                                + throttled.retryAfterSeconds() + " s.")
                                                .withRetryable(true));
                            } else if (authentication instanceof Authentication.Unavailable unavailable) {
                                ctx.response().putHeader("Retry-After", Long.toString(unavailable.retryAfterSeconds()));
                                reject(
                                        ctx,
                                        Problem.of(
                                                        ErrorCode.AUTHENTICATION_UNAVAILABLE,
                                                        "API keys cannot be checked right now.")
                                                .withRetryable(true));
                            } else {
                                forward(ctx, route.get(), Optional.empty());
                            }
                        },
                        failure -> {
                            LOG.errorf(failure, "API key look-up failed");
                            ctx.response().putHeader("Retry-After", "5");
                            reject(
                                    ctx,
                                    Problem.of(
                                                    ErrorCode.AUTHENTICATION_UNAVAILABLE,
                                                    "API keys cannot be checked right now.")
                                            .withRetryable(true));
                        });
    }

    /** Keyless routes are limited per client address; false (and answered 429) when the address is over it. */
    private boolean allowedWithoutKey(RoutingContext ctx) {
        Optional<RateLimitDecision> limit =
                rateLimiter.takeAnonymous(ClientAddresses.limitKey(ctx.get(CLIENT_ADDRESS)));
        if (limit.isPresent() && !limit.get().allowed()) {
            ctx.response().putHeader("Retry-After", Long.toString(limit.get().retryAfterSeconds()));
            reject(
                    ctx,
                    Problem.of(
                                    ErrorCode.RATE_LIMITED,
                                    "Too many requests without a key from " + "this address; retry after "
                                            + limit.get().retryAfterSeconds() + " s.")
                            .withRetryable(true));
            return false;
        }
        return true;
    }

    private void forward(RoutingContext ctx, Route target, Optional<ApiClient> client) {
        HttpServerRequest request = ctx.request();
        if (client.isEmpty()) {
            reject(ctx, Problem.of(ErrorCode.UNAUTHENTICATED, "Send a valid key in the X-Api-Key header."));
            return;
        }
        ctx.put(ACCESS_CLIENT, client.get().id());
        boolean allowed = target.isRead(request.method())
                ? target.readScopes().stream().anyMatch(client.get()::may)
                : client.get().may(target.writeScope());
        if (!allowed) {
            reject(
                    ctx,
                    Problem.of(
                            ErrorCode.FORBIDDEN,
                            "This key may not "
                                    + request.method() + " " + target.prefix() + "; needed: "
                                    + (target.isRead(request.method())
                                            ? String.join(" or ", target.readScopes())
                                            : target.writeScope())));
            return;
        }
        Optional<RateLimitDecision> limit =
                rateLimiter.take(client.get().id(), request.method().name(), request.path());
        if (limit.isPresent()) {
            RateLimitDecision decision = limit.get();
            ctx.response()
                    .putHeader("RateLimit-Limit", Integer.toString(decision.limit()))
                    .putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()))
                    .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()))
                    .putHeader("RateLimit-Policy", decision.policy());
            if (!decision.allowed()) {
                ctx.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                reject(
                        ctx,
                        Problem.of(
                                        ErrorCode.RATE_LIMITED,
                                        "Rate limit of this key on " + target.prefix() + " exceeded; retry after "
                                                + decision.retryAfterSeconds() + " s.")
                                .withRetryable(true));
                return;
            }
        }
        if (target.servedByGateway()) {
            if (request.path().equals(EVENT_STREAM) && !reserveStream(ctx, client.get())) {
                return;
            }
            ctx.put(CLIENT, client.get());
            ctx.next();
            return;
        }
        METHOD_OVERRIDES.forEach(request.headers()::remove);
        request.headers().remove(API_KEY);
        request.headers().set(CLIENT_ID, client.get().id());
        request.headers().set(CLIENT_SCOPES, String.join(" ", client.get().scopes()));
        signForService(request, client.get().id(), String.join(" ", client.get().scopes()));
        proxies.get(target.service()).handle(request);
    }

    /** One more open event stream of the client, released when the response ends; false (429) when it has its cap. */
    private boolean reserveStream(RoutingContext ctx, ApiClient client) {
        Optional<Runnable> slot = streams.reserve(client.id());
        if (slot.isEmpty()) {
            ctx.response().putHeader("Retry-After", "10");
            reject(
                    ctx,
                    Problem.of(
                                    ErrorCode.TOO_MANY_STREAMS,
                                    "Too many open event streams for "
                                            + "this key (or on this instance); close one, or retry after 10 s.")
                            .withRetryable(true));
            return false;
        }
        ctx.addEndHandler(done -> slot.get().run());
        return true;
    }

    /** Request id (propagated or new) in the headers both ways and the log MDC, the client address, the access line. */
    private void identify(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.put(CLIENT_ADDRESS, addresses.of(request));
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID))
                .filter(id -> id.length() <= 128)
                .orElseGet(() -> UUID.randomUUID().toString());
        request.headers().set(REQUEST_ID, requestId);
        ctx.response().putHeader(REQUEST_ID, requestId);
        MDC.put(MDC_REQUEST_ID, requestId);
        accessLog(ctx, requestId);
    }

    /**
     * The settlement service's own pages (static files, e.g. its 30-day charts) without a key: they call
     * {@code /api/v1/settlement/...} with the user's key themselves. Read-only; no client headers are passed on.
     */
    private void handleSettlementUi(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        identify(ctx);
        if (!allowedWithoutKey(ctx)) {
            return;
        }
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            ctx.response().putHeader("Allow", "GET, HEAD");
            reject(ctx, Problem.of(ErrorCode.METHOD_NOT_ALLOWED, SETTLEMENT_UI + " serves pages only (GET, HEAD)."));
            return;
        }
        METHOD_OVERRIDES.forEach(request.headers()::remove);
        request.headers().remove(API_KEY);
        request.headers().remove(CLIENT_ID);
        request.headers().remove(CLIENT_SCOPES);
        signForService(request, null, null);
        proxies.get(config.services().settlement()).handle(request);
    }

    /**
     * The proof the services check ({@link InternalAuth}): bound to exactly the method, request target and client
     * headers that are forwarded (the proxy sends {@code request.uri()} unchanged). Whatever the client sent in
     * that header is replaced.
     */
    private void signForService(HttpServerRequest request, String clientId, String scopes) {
        request.headers()
                .set(InternalAuth.HEADER, signer.sign(request.method().name(), request.uri(), clientId, scopes));
    }

    /**
     * One line per request, without personal data: no key, no body, no query string (it may hold phone numbers).
     */
    private static void accessLog(RoutingContext ctx, String requestId) {
        long started = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        ctx.addEndHandler(done -> ACCESS.infof(
                "%s %s %d %dms client=%s requestId=%s%s",
                method,
                path,
                ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000,
                Optional.ofNullable(ctx.<String>get(ACCESS_CLIENT)).orElse("-"),
                requestId,
                done.succeeded() ? "" : " (connection closed)"));
    }

    private Future<io.vertx.core.http.HttpClientRequest> originRequest(URI service, HttpClient client) {
        int port = service.getPort() > 0 ? service.getPort() : ("https".equals(service.getScheme()) ? 443 : 80);
        return client.request(new RequestOptions()
                .setHost(service.getHost())
                .setPort(port)
                .setSsl("https".equals(service.getScheme()))
                .setTimeout(config.proxy().responseTimeout().toMillis()));
    }

    private void reject(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        ctx.request().resume(); // let the unread body drain so that the connection stays usable
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(encode(problem));
    }

    private Buffer encode(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Forwards exactly the checked path (origin form; a chunked body only up to the route's limit) and answers in
     * the service's place when it cannot: one that cannot be reached 503, one too slow 504, both retryable with
     * {@code Retry-After} (the services are idempotent by key, so a retry is safe); a body over the limit 413.
     */
    private final class ProblemOnFailure implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            io.vertx.httpproxy.ProxyRequest request = context.request();
            String path = request.proxiedRequest().path();
            // EdgeGuard admitted only an origin-form target whose path is canonical: forward that very string
            request.setURI(request.proxiedRequest().uri());
            Body body = request.getBody();
            LimitedBody limited = null;
            if (body != null && body.length() < 0) {
                limited = new LimitedBody(body.stream(), bodyLimits.limitFor(path));
                request.setBody(Body.body(limited, -1));
            }
            LimitedBody cut = limited;
            return context.sendRequest().recover(failure -> {
                Problem problem;
                if (cut != null && cut.exceeded()) {
                    problem = EdgeGuard.tooLarge(bodyLimits.limitFor(path)).withInstance(path);
                } else {
                    boolean slow = failure instanceof TimeoutException
                            || failure instanceof io.netty.handler.timeout.TimeoutException
                            || String.valueOf(failure.getMessage()).contains("timeout");
                    LOG.warnf("proxy to %s failed: %s", path, failure.toString());
                    problem = (slow
                                    ? Problem.of(
                                            ErrorCode.SERVICE_TIMEOUT,
                                            "The service did not answer in time; retrying with the same Idempotency-Key "
                                                    + "is safe.")
                                    : Problem.of(
                                            ErrorCode.SERVICE_UNAVAILABLE,
                                            "The service cannot be reached right now; retrying with the same "
                                                    + "Idempotency-Key is safe."))
                            .withRetryable(true)
                            .withInstance(path);
                }
                ProxyResponse response = context.request().response();
                response.setStatusCode(problem.status());
                response.headers().clear();
                response.putHeader("Content-Type", Problem.MEDIA_TYPE);
                if (problem.status() >= 500) {
                    response.putHeader("Retry-After", "2");
                }
                response.setBody(Body.body(encode(problem)));
                return Future.succeededFuture(response);
            });
        }
    }
}
