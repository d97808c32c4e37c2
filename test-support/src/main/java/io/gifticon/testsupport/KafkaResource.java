package io.gifticon.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a service under test at the real Kafka broker of {@code deploy/local}, starting it if needed. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        LocalInfra.ensureRunning();
        return Map.of("kafka.bootstrap.servers", LocalInfra.KAFKA_BOOTSTRAP);
    }

    @Override
    public void stop() {
        // shared broker; see PostgresResource#stop
    }
}
