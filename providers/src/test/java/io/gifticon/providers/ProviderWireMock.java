package io.gifticon.providers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * One WireMock on a dynamic port standing in for every HTTP provider; points the base URLs at it and shortens the
 * fault-tolerance timeouts so that lost-reply tests are quick. Tests stub per test and reset in {@code @BeforeEach}.
 */
public class ProviderWireMock implements QuarkusTestResourceLifecycleManager {
    /** The shortened send/cancel timeout of the tests, ms. */
    public static final int SHORT_TIMEOUT_MS = 2000;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("providers.giftishow.base-url", server.baseUrl() + "/bizApi");
        config.put("providers.giftletter.base-url", server.baseUrl() + "/giftletter");
        config.put(
                "providers.giftletter.exchange-log-url",
                server.baseUrl() + "/giftletter-admin/mn_compare/ExchangeDaily.aspx");
        config.put("providers.coufun.base-url", server.baseUrl() + "/coufun/b2c_api");
        String giftishow = "io.gifticon.providers.giftishow.GiftishowClient/";
        config.put(giftishow + "send/Timeout/value", String.valueOf(SHORT_TIMEOUT_MS));
        config.put(giftishow + "cancel/Timeout/value", String.valueOf(SHORT_TIMEOUT_MS));
        config.put(giftishow + "cancel/Retry/delay", "50");
        // the send breaker half-opens after 1 s instead of 5 s, so that recovery is quick to watch
        config.put(giftishow + "send/CircuitBreaker/delay", "1000");
        config.put(giftishow + "cancel/Retry/jitter", "0");
        config.put("io.gifticon.providers.giftletter.GiftLetterClient/cancel/Retry/delay", "50");
        config.put("io.gifticon.providers.giftletter.GiftLetterClient/cancel/Retry/jitter", "0");
        config.put("io.gifticon.providers.coufun.CoufunClient/cancel/Retry/jitter", "0");
        config.put("io.gifticon.providers.coufun.CoufunClient/cancel/Retry/delay", "50");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
