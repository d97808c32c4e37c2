package io.gifticon.catalog;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.gifticon.testsupport.DatabaseProxy;
import io.gifticon.testsupport.LocalInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One WireMock on a dynamic port standing in for Giftishow and GiftLetter; tests stub per test ({@link Providers}).
 * And the app's reactive pool reaches PostgreSQL through a {@link DatabaseProxy} a test can cut (an outage).
 */
public class ProviderStub implements QuarkusTestResourceLifecycleManager {
    private static DatabaseProxy database;
    private WireMockServer server;

    public static DatabaseProxy database() {
        return database;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        LocalInfra.ensureRunning();
        database = new DatabaseProxy(LocalInfra.PG_HOST, LocalInfra.PG_PORT);
        return Map.of(
                // through the proxy (Flyway's JDBC connection goes straight to the server)
                "quarkus.datasource.reactive.url",
                        "postgresql://127.0.0.1:" + database.port() + "/catalog_test" + LocalInfra.TEST_DB_SUFFIX,
                "providers.giftishow.base-url", server.baseUrl() + "/bizApi",
                "providers.giftletter.base-url", server.baseUrl() + "/giftletter");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
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
    }
}
