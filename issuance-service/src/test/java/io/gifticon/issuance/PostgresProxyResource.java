package io.gifticon.issuance;

import io.gifticon.testsupport.DatabaseProxy;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Like {@link PostgresResource} (database {@code issuance_test}), but the app's reactive pool reaches PostgreSQL
 * through a {@link DatabaseProxy} that the test can cut; Flyway (JDBC) connects directly.
 */
public class PostgresProxyResource implements QuarkusTestResourceLifecycleManager {
    private static final String DATABASE = "issuance_test";
    private final PostgresResource postgres = new PostgresResource();
    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        postgres.init(Map.of("database", DATABASE));
        Map<String, String> config = new HashMap<>(postgres.start());
        // the URL PostgresResource chose (its database name may carry a suffix), with the proxy as host and port
        URI direct = URI.create(config.get("quarkus.datasource.reactive.url").replace("postgresql://", "http://"));
        proxy = new DatabaseProxy(direct.getHost(), direct.getPort());
        config.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + direct.getPath());
        // a short wait for a connection, so that a cut database answers in seconds
        config.put("quarkus.datasource.reactive.idle-timeout", "PT30S");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(DatabaseProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        postgres.stop();
    }
}
