package io.gifticon.settlement.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * WireMock on a dynamic port for the providers' replies, and a coupon-events topic of this test run only (so the
 * ledger starts from an empty topic, not from every other module's history).
 */
public class SettlementTestResources implements QuarkusTestResourceLifecycleManager {
    private static WireMockServer server;
    private static final String COUPON_TOPIC = "coupon-events-settlement-test-" + UUID.randomUUID();

    public static WireMockServer wireMock() {
        return server;
    }

    public static String couponTopic() {
        return COUPON_TOPIC;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String base = "http://localhost:" + server.port();
        return Map.of(
                "providers.giftishow.base-url", base + "/giftishow/bizApi",
                "providers.giftletter.base-url", base + "/giftletter",
                "providers.giftletter.exchange-log-url", base + "/giftletter-admin/ExchangeDaily.aspx",
                "mp.messaging.incoming.coupon-events-in.topic", COUPON_TOPIC);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
