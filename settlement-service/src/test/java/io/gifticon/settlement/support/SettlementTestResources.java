package io.gifticon.settlement.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.gifticon.testsupport.DatabaseProxy;
import io.gifticon.testsupport.LocalInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * The provider sandbox (its own process) behind WireMock on a dynamic port: Giftishow calls that a test does not stub
 * are proxied to the sandbox, so tests drive real provider state (bizmoney, coupons and their pinStatusCd) through the
 * sandbox's control API; so do exchange-log days that a test does not stub. And a coupon-events topic of this test run
 * only (so the ledger starts from an empty topic, not from every other module's history).
 */
public class SettlementTestResources implements QuarkusTestResourceLifecycleManager {
    private static WireMockServer server;
    private static ProviderSandbox sandbox;
    private static DatabaseProxy database;
    /** GiftLetter's exchange log path, as the sandbox serves it (giftletter-b2c.txt §10). */
    public static final String EXCHANGE_LOG_PATH = "/giftletter-admin/mn_compare/ExchangeDaily.aspx";

    private static final String COUPON_TOPIC = "coupon-events-settlement-test-" + UUID.randomUUID();
    private static final String DLQ_TOPIC = "coupon-events-dlq-settlement-test-" + UUID.randomUUID();

    /** The app's reactive pool reaches PostgreSQL through this proxy: a test can cut it (an outage) and restore it. */
    public static DatabaseProxy database() {
        return database;
    }

    public static WireMockServer wireMock() {
        return server;
    }

    /** Base URL of the running provider sandbox (control API under {@code /sandbox/...}). */
    public static String sandbox() {
        return sandbox.url();
    }

    /** This run's dead-letter topic (a replay must not meet other runs' records). */
    public static String dlqTopic() {
        return DLQ_TOPIC;
    }

    public static String couponTopic() {
        return COUPON_TOPIC;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        sandbox = ProviderSandbox.start();
        // lowest priority: whatever a test stubs wins, every other Giftishow call reaches the sandbox
        server.stubFor(WireMock.any(WireMock.urlPathMatching("/giftishow/.*"))
                .atPriority(10)
                .willReturn(WireMock.aResponse().proxiedFrom(sandbox.url())));
        server.stubFor(WireMock.any(WireMock.urlPathMatching("/giftletter-admin/.*"))
                .atPriority(10)
                .willReturn(WireMock.aResponse().proxiedFrom(sandbox.url())));
        String base = "http://localhost:" + server.port();
        LocalInfra.ensureRunning();
        database = new DatabaseProxy(LocalInfra.PG_HOST, LocalInfra.PG_PORT);
        return Map.of(
                // through the proxy (Flyway's JDBC connection goes straight to the server)
                "quarkus.datasource.reactive.url",
                        "postgresql://127.0.0.1:" + database.port() + "/settlement_test" + LocalInfra.TEST_DB_SUFFIX,
                "providers.giftishow.base-url", base + "/giftishow/bizApi",
                "providers.giftletter.base-url", base + "/giftletter",
                "providers.giftletter.exchange-log-url", base + EXCHANGE_LOG_PATH,
                "mp.messaging.incoming.coupon-events-in.topic", COUPON_TOPIC,
                "mp.messaging.incoming.coupon-events-in.dead-letter-queue.topic", DLQ_TOPIC);
    }

    /** After PostgresResource, so that the proxied reactive URL is the one that counts. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.stop();
        }
        if (server != null) {
            server.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
