package io.gifticon.catalog.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The benchmark's configuration: production settings, Giftishow at the running provider sandbox. */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "bench";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "providers.giftishow.base-url",
                        System.getProperty("bench.giftishow-url", "http://localhost:8090/giftishow/bizApi"),
                "catalog.sync.page-size", System.getProperty("bench.page-size", "1000"),
                "catalog.sync.cron", "off",
                "mp.messaging.incoming.coupon-events-in.group.id", "catalog-popularity-bench",
                "quarkus.log.category.\"org.hibernate\".level", "WARN");
    }
}
