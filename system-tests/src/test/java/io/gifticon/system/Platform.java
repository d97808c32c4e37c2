package io.gifticon.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.gifticon.testsupport.LocalInfra;
import io.gifticon.web.internal.InternalAuth;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The packaged platform as processes: the provider sandbox, the three services and the gateway, on real PostgreSQL
 * (the system tests' own {@code _e2e} databases, emptied at start) and Kafka. Started once for all system test
 * classes of the run (they ask for it as a {@code @BeforeAll} parameter) and stopped after the last one.
 */
final class Platform implements AutoCloseable {
    /** The gateway's demo client (local profile). */
    static final String DEMO_KEY = "demo-local-key";
    /** A POS terminal's key, configured through the environment like an operator would: pos:write, settlement:read. */
    static final String POS_KEY = "system-test-pos-key";
    /** A second POS terminal's key (terminal POS0002), of another client: it must see none of POS0001's work. */
    static final String OTHER_POS_KEY = "system-test-other-pos-key";
    /** The fuzzer's clients: admin (every route), several so that one key's rate limit does not hide the routes. */
    static final List<String> FUZZ_KEYS = List.of(
            "system-test-fuzz-key-1", "system-test-fuzz-key-2", "system-test-fuzz-key-3", "system-test-fuzz-key-4");
    /** A client that may issue coupons but not read PINs (coupons:write only). */
    static final String WRITER_KEY = "system-test-writer-key";
    /** The product the system tests issue (sandbox: 스타벅스 카페 아메리카노 T). */
    static final String PRODUCT = "giftishow:G00000280811";
    /** The platform's service-to-service secret of this run (gateway and services; web-commons InternalAuth). */
    static final String INTERNAL_SECRET = randomKey();

    private static final String INTERNAL_AUTH_ENV = "GIFTICON_INTERNAL_AUTH_SECRET";

    /**
     * Where the apps find PostgreSQL and Kafka, where their logs go, and what every app gets in its environment on
     * top of its own settings: {@link Servers#SHARED} (deploy/local's servers of the whole run), or servers of a
     * test's own (FaultSuiteIT stops and restarts them).
     */
    record Servers(String pgHost, int pgPort, String kafkaBootstrap, Path logDir, Map<String, String> appEnv) {
        static final Servers SHARED = new Servers(
                LocalInfra.PG_HOST,
                LocalInfra.PG_PORT,
                LocalInfra.KAFKA_BOOTSTRAP,
                LocalInfra.repositoryRoot().resolve("system-tests/target/system-test-logs"),
                Map.of());

        boolean shared() {
            return this == SHARED;
        }
    }

    private final List<AppProcess> apps = new ArrayList<>();
    private final Servers servers;
    final AppProcess sandbox;
    final AppProcess catalog;
    final AppProcess issuance;
    final AppProcess settlement;
    final AppProcess gateway;

    private Platform() {
        this(Servers.SHARED);
    }

    /** The platform on {@code servers}; the caller closes it. */
    Platform(Servers servers) {
        this.servers = servers;
        if (servers.shared()) {
            LocalInfra.ensureRunning();
        }
        Path root = LocalInfra.repositoryRoot();
        try {
            sandbox = started(startApp(root, "provider-sandbox", Map.of()));
            String pinHashKey = randomKey(); // shared by issuance and settlement
            catalog = started(startApp(
                    root,
                    "catalog-service",
                    withDatabase("catalog_e2e", withSandbox(sandbox, INTERNAL_AUTH_ENV, INTERNAL_SECRET))));
            syncGiftishowCatalog(catalog);
            issuance = started(startApp(
                    root,
                    "issuance-service",
                    withDatabase(
                            "issuance_e2e",
                            withSandbox(
                                    sandbox,
                                    INTERNAL_AUTH_ENV,
                                    INTERNAL_SECRET,
                                    "ISSUANCE_CATALOG_URL",
                                    catalog.url(),
                                    "ISSUANCE_ENCRYPTION_KEY",
                                    randomKey(),
                                    "PIN_HASH_KEY",
                                    pinHashKey))));
            settlement = started(startApp(
                    root,
                    "settlement-service",
                    withDatabase(
                            "settlement_e2e",
                            // balances, status sweeps and exchange logs ask the same sandbox the coupons came from
                            withSandbox(
                                    sandbox,
                                    "PIN_HASH_KEY",
                                    pinHashKey,
                                    INTERNAL_AUTH_ENV,
                                    INTERNAL_SECRET,
                                    // the sandbox takes any pace; an on-demand sweep answers within 3 s
                                    "SWEEP_RATE_PER_SECOND",
                                    "100",
                                    "SWEEP_REQUEST_BUDGET",
                                    "3s"))));
            gateway = started(startApp(
                    root,
                    "gateway",
                    withFuzzClients(withDatabase(
                            "gateway_e2e",
                            "QUARKUS_PROFILE",
                            "local",
                            // the local profile's own demo secret would win over the plain variable: set the profile's
                            "_LOCAL_" + INTERNAL_AUTH_ENV,
                            INTERNAL_SECRET,
                            "GATEWAY_SERVICES_ISSUANCE",
                            issuance.url(),
                            "GATEWAY_SERVICES_CATALOG",
                            catalog.url(),
                            "GATEWAY_SERVICES_SETTLEMENT",
                            settlement.url(),
                            "GATEWAY_POS_POPUP_URL",
                            sandbox.url() + "/pbt/popup/",
                            "GATEWAY_CLIENTS__POS__KEY_SHA256",
                            sha256Hex(POS_KEY),
                            "GATEWAY_CLIENTS__POS__SCOPES",
                            "pos:write,settlement:read",
                            // a POS key is bound to its PBT terminal: the sandbox's demo terminal
                            "GATEWAY_POS_TERMINALS__POS__TERMINAL_ID",
                            "POS0001",
                            "GATEWAY_CLIENTS__POS2__KEY_SHA256",
                            sha256Hex(OTHER_POS_KEY),
                            "GATEWAY_CLIENTS__POS2__SCOPES",
                            "pos:write,settlement:read",
                            "GATEWAY_POS_TERMINALS__POS2__TERMINAL_ID",
                            "POS0002",
                            "GATEWAY_CLIENTS__WRITER__KEY_SHA256",
                            sha256Hex(WRITER_KEY),
                            "GATEWAY_CLIENTS__WRITER__SCOPES",
                            "coupons:write",
                            "GATEWAY_WEBHOOKS_ENCRYPTION_KEY",
                            randomKey()))));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).close();
        }
    }

    /** Issuance issues only products the catalog knows: the sandbox's Giftishow catalog (200 products) first. */
    private static void syncGiftishowCatalog(AppProcess catalog) {
        given().baseUri(catalog.url())
                .header("X-Client-Id", "system-tests")
                .header("X-Client-Scopes", "admin")
                .header(InternalAuth.HEADER, internalProof("POST", "/api/v1/catalog/syncs", "system-tests", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"provider\":\"giftishow\"}")
                .post("/api/v1/catalog/syncs")
                .then()
                .statusCode(202);
        // the proof covers the raw target as sent: RestAssured must not re-encode the product id's ':'
        await().atMost(Duration.ofMinutes(2))
                .until(() -> given().baseUri(catalog.url())
                                .urlEncodingEnabled(false)
                                .header("X-Client-Id", "system-tests")
                                .header("X-Client-Scopes", "catalog:read")
                                .header(
                                        InternalAuth.HEADER,
                                        internalProof(
                                                "GET", "/api/v1/products/" + PRODUCT, "system-tests", "catalog:read"))
                                .get("/api/v1/products/" + PRODUCT)
                                .statusCode()
                        == 200);
    }

    /** What the gateway adds to a request it forwards; the services refuse requests without it. */
    static String internalProof(String method, String target, String clientId, String scopes) {
        return new InternalAuth(INTERNAL_SECRET)
                .sign("gateway", Instant.now().getEpochSecond(), method, target, clientId, scopes);
    }

    /** {@code more}, plus the provider URLs that point an app at the sandbox. */
    private static String[] withSandbox(AppProcess sandbox, String... more) {
        List<String> all = new ArrayList<>(List.of(
                "PROVIDERS_GIFTISHOW_BASE_URL",
                sandbox.url() + "/giftishow/bizApi",
                "PROVIDERS_GIFTLETTER_BASE_URL",
                sandbox.url() + "/giftletter"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The gateway's configuration of the {@link #FUZZ_KEYS} clients, added to {@code env}. */
    private static Map<String, String> withFuzzClients(Map<String, String> env) {
        for (int i = 0; i < FUZZ_KEYS.size(); i++) {
            env.put("GATEWAY_CLIENTS__FUZZ" + i + "__KEY_SHA256", sha256Hex(FUZZ_KEYS.get(i)));
            env.put("GATEWAY_CLIENTS__FUZZ" + i + "__SCOPES", "admin");
        }
        return env;
    }

    private AppProcess startApp(Path root, String module, Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(servers.appEnv());
        all.putAll(env);
        return AppProcess.start(root, module, all, servers.logDir());
    }

    private AppProcess started(AppProcess app) {
        apps.add(app);
        return app;
    }

    /** The database of an app: {@code <database><GIFTICON_TEST_SUFFIX>} on the shared server, as named on one of a test's own. */
    private Map<String, String> withDatabase(String database, String... more) {
        Map<String, String> env = AppProcess.env(more);
        String name = servers.shared() ? database + LocalInfra.TEST_DB_SUFFIX : database;
        if (servers.shared() && !LocalInfra.TEST_DB_SUFFIX.isEmpty()) {
            LocalInfra.ensureDatabase(name);
        }
        env.put("DB_HOST", servers.pgHost());
        env.put("DB_PORT", Integer.toString(servers.pgPort()));
        env.put("DB_NAME", name);
        env.put("DB_USER", LocalInfra.PG_USER);
        env.put("DB_PASSWORD", LocalInfra.PG_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrap());
        // the system tests' own databases (_e2e), emptied at start: the real schema and no rows
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        return env;
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Resolves a {@link Platform} parameter: one platform per test run, closed when the run ends. */
    static final class Shared implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Platform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Platform.class, k -> new Platform(), Platform.class);
        }
    }
}
