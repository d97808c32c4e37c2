package io.gifticon.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gifticon.gateway.config.GatewayConfig;
import io.gifticon.gateway.config.OpenApiConfig;
import io.gifticon.web.internal.InternalAuth;
import io.gifticon.web.internal.InternalAuthClientFilter;
import io.gifticon.web.internal.InternalAuthSigner;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The public API as one OpenAPI document: the gateway's own endpoints (its in-process document) and the
 * {@code /api/v1} paths of every service's {@code /q/openapi} (on the service's management interface,
 * {@code gateway.openapi.*}), without the headers only the gateway sets, and with the {@code X-Api-Key} security
 * scheme. A service that cannot be reached is listed in {@code x-missing-services} and in the description instead of
 * failing the whole document. The merged document is kept for {@code gateway.openapi.cache-ttl}; concurrent
 * requests while it is being built wait for that one build (a flood of requests fetches nothing more).
 */
@ApplicationScoped
public class MergedOpenApi {
    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    /** Headers the gateway sets itself; a client cannot send them. */
    static final Set<String> INTERNAL_HEADERS = Set.of("x-client-id", "x-client-scopes");

    private static final String API_PREFIX = "/api/v1/";
    private static final long FETCH_TIMEOUT_MS = 3_000;

    private final GatewayConfig config;
    private final OpenApiConfig openApi;
    private final ObjectMapper json;
    private final HttpClient http;
    private final OpenApiDocumentService own;
    private final InternalAuthSigner signer;
    private final Uni<ObjectNode> cached;

    public MergedOpenApi(
            GatewayConfig config,
            OpenApiConfig openApi,
            ObjectMapper json,
            Vertx vertx,
            OpenApiDocumentService own,
            InternalAuthSigner signer) {
        this.config = config;
        this.openApi = openApi;
        this.signer = signer;
        this.json = json;
        this.own = own;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) FETCH_TIMEOUT_MS));
        this.cached = Uni.createFrom().deferred(this::build).memoize().atLeast(openApi.cacheTtl());
    }

    /** The merged document (a copy: callers may change it). */
    public Uni<ObjectNode> document() {
        return cached.map(ObjectNode::deepCopy);
    }

    private Uni<ObjectNode> build() {
        Map<String, URI> sources = new LinkedHashMap<>();
        sources.put(
                "catalog-service", openApi.catalog().orElse(config.services().catalog()));
        sources.put(
                "issuance-service", openApi.issuance().orElse(config.services().issuance()));
        sources.put(
                "settlement-service",
                openApi.settlement().orElse(config.services().settlement()));
        List<Uni<JsonNode>> fetches = new ArrayList<>();
        fetches.add(ownDocument());
        sources.forEach((name, base) -> fetches.add(fetch(name, base)));
        return Uni.join().all(fetches).andFailFast().map(docs -> {
            List<String> names = new ArrayList<>(List.of("gateway"));
            names.addAll(sources.keySet());
            ObjectNode merged = skeleton();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i) == null) {
                    missing.add(names.get(i));
                } else {
                    merge(merged, docs.get(i));
                }
            }
            if (!missing.isEmpty()) {
                merged.set("x-missing-services", json.valueToTree(missing));
                ObjectNode info = (ObjectNode) merged.get("info");
                info.put(
                        "description",
                        info.get("description").asText() + "\n\nNot included right now (service " + "not reachable): "
                                + String.join(", ", missing) + ".");
            }
            return merged;
        });
    }

    /** The gateway's own document, as its management interface serves it at /q/openapi. */
    private Uni<JsonNode> ownDocument() {
        return Uni.createFrom().item(() -> {
            try {
                return json.readTree(own.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warnf("the gateway's own OpenAPI document is not available: %s", e.toString());
                return null;
            }
        });
    }

    private Uni<JsonNode> fetch(String name, URI base) {
        String url = base.toString().replaceAll("/+$", "") + "/q/openapi?format=json";
        var answer = http.request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setAbsoluteURI(url)
                        .setTimeout(FETCH_TIMEOUT_MS))
                .compose(request -> request.putHeader("Accept", "application/json")
                        .putHeader(
                                InternalAuth.HEADER,
                                signer.sign("GET", InternalAuthClientFilter.target(URI.create(url)), null, null))
                        .send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    return body;
                }));
        return Uni.createFrom()
                .completionStage(answer.toCompletionStage())
                .map(body -> {
                    try {
                        return json.readTree(body.getBytes());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .onFailure()
                .recoverWithItem(e -> {
                    LOG.warnf("OpenAPI of %s (%s) not available: %s", name, url, e.toString());
                    return null;
                });
    }

    private ObjectNode skeleton() {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Gifticon platform API");
        info.put("version", "v1");
        info.put(
                "description",
                "Every request needs an API key in the X-Api-Key header. Errors are "
                        + "application/problem+json (RFC 9457). Rate limits answer 429 with Retry-After and RateLimit-* "
                        + "headers. Events: webhooks, server-sent events at /api/v1/events/stream, contract at "
                        + "/api/v1/events/asyncapi.yaml.");
        doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode scheme = components.putObject("securitySchemes").putObject("ApiKey");
        scheme.put("type", "apiKey");
        scheme.put("in", "header");
        scheme.put("name", "X-Api-Key");
        doc.putArray("security").addObject().putArray("ApiKey");
        doc.putArray("tags");
        return doc;
    }

    private static void merge(ObjectNode target, JsonNode source) {
        ObjectNode paths = (ObjectNode) target.get("paths");
        source.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith(API_PREFIX)
                    && !paths.has(path.getKey())
                    && path.getValue().isObject()) {
                ObjectNode item = path.getValue().deepCopy();
                hideInternalHeaders(item);
                item.fields().forEachRemaining(op -> {
                    if (op.getValue().isObject()) {
                        hideInternalHeaders((ObjectNode) op.getValue());
                    }
                });
                paths.set(path.getKey(), item);
            }
        });
        ObjectNode components = (ObjectNode) target.get("components");
        source.path("components").fields().forEachRemaining(section -> {
            if (section.getKey().equals("securitySchemes")
                    || !section.getValue().isObject()) {
                return;
            }
            ObjectNode into = components.has(section.getKey())
                    ? (ObjectNode) components.get(section.getKey())
                    : components.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(c -> {
                if (!into.has(c.getKey())) {
                    into.set(c.getKey(), c.getValue());
                }
            });
        });
        ArrayNode tags = (ArrayNode) target.get("tags");
        source.path("tags").forEach(tag -> {
            boolean known = false;
            for (JsonNode t : tags) {
                known |= t.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        });
    }

    private static void hideInternalHeaders(ObjectNode node) {
        JsonNode parameters = node.get("parameters");
        if (parameters instanceof ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                JsonNode p = list.get(i);
                if ("header".equals(p.path("in").asText())
                        && INTERNAL_HEADERS.contains(p.path("name").asText().toLowerCase())) {
                    list.remove(i);
                }
            }
        }
    }
}
