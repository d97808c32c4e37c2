package io.gifticon.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at its own test database on the real PostgreSQL of {@code deploy/local}, starting
 * it if needed. Init arg {@code database} names the database (created by {@code deploy/local/postgres.sh}); Flyway
 * cleans and migrates it at start, so every test run begins from the real schema and no rows. With
 * {@code GIFTICON_TEST_SUFFIX} set (two checkouts testing the same module at once on one server), the
 * database's name gets that suffix and is created when missing.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database) + LocalInfra.TEST_DB_SUFFIX;
    }

    @Override
    public Map<String, String> start() {
        LocalInfra.ensureRunning();
        if (!LocalInfra.TEST_DB_SUFFIX.isEmpty()) {
            LocalInfra.ensureDatabase(database);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                LocalInfra.jdbcUrl(database),
                "quarkus.datasource.reactive.url",
                LocalInfra.reactiveUrl(database),
                "quarkus.datasource.username",
                LocalInfra.PG_USER,
                "quarkus.datasource.password",
                LocalInfra.PG_PASSWORD,
                "quarkus.flyway.clean-disabled",
                "false",
                "quarkus.flyway.clean-at-start",
                "true");
    }

    @Override
    public void stop() {
        // the server is shared by every module's tests; LocalInfra's watchdog stops it after the Maven run
    }
}
