package io.gifticon.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Points a service under test at its own test database on the real PostgreSQL of {@code deploy/local}, starting
 * it if needed. Init arg {@code database} names the database (created by {@code deploy/local/postgres.sh}); Flyway
 * cleans and migrates it at start, so every test run begins from the real schema and no rows.
 *
 * <p>Environment {@code TEST_DB_SUFFIX} (letters, digits, {@code _}): the tests use {@code <database>_<suffix>}
 * instead, created here when missing, so that two test runs of one module on one machine (two worktrees) do not
 * clean each other's tables.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private String database = "postgres";
    private boolean ownCopy;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        String suffix = System.getenv("TEST_DB_SUFFIX");
        if (suffix != null && !suffix.isBlank()) {
            if (!suffix.matches("[A-Za-z0-9_]{1,30}")) {
                throw new IllegalArgumentException("TEST_DB_SUFFIX may hold letters, digits and _ only: " + suffix);
            }
            database = database + "_" + suffix.toLowerCase(java.util.Locale.ROOT);
            ownCopy = true;
        }
    }

    @Override
    public Map<String, String> start() {
        LocalInfra.ensureRunning();
        if (ownCopy) {
            createIfMissing(database);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", LocalInfra.jdbcUrl(database),
                "quarkus.datasource.reactive.url", LocalInfra.reactiveUrl(database),
                "quarkus.datasource.username", LocalInfra.PG_USER,
                "quarkus.datasource.password", LocalInfra.PG_PASSWORD,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }

    /** The databases of postgres.sh exist already; one with a TEST_DB_SUFFIX is created on first use. */
    private static void createIfMissing(String database) {
        try (Connection c = DriverManager.getConnection(LocalInfra.jdbcUrl("postgres"), LocalInfra.PG_USER,
                LocalInfra.PG_PASSWORD)) {
            var check = c.prepareStatement("select 1 from pg_database where datname = ?");
            check.setString(1, database);
            if (!check.executeQuery().next()) {
                // the name is an init arg of this project's tests plus the checked suffix: no injection possible
                c.createStatement().execute("create database \"" + database + "\"");
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: another JVM was quicker
                throw new IllegalStateException("cannot check or create the test database " + database, e);
            }
        }
    }

    @Override
    public void stop() {
        // the server is shared by every module's tests; LocalInfra's watchdog stops it after the Maven run
    }
}
