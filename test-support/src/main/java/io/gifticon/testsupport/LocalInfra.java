package io.gifticon.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real PostgreSQL and Kafka of {@code deploy/local}, started once per test JVM if they are not up yet. Servers
 * that this makes start are stopped when the Maven run that started the tests ends ({@code --stop-when-gone}), so
 * all modules of one {@code ./mvnw verify} share one PostgreSQL and one Kafka and nothing is left behind.
 */
public final class LocalInfra {
    public static final String PG_HOST = env("PG_HOST", "127.0.0.1");
    public static final int PG_PORT = Integer.parseInt(env("PG_PORT", "5432"));
    public static final String PG_USER = env("PG_USER", "gifticon");
    public static final String PG_PASSWORD = env("PG_PASSWORD", "gifticon");
    public static final String KAFKA_BOOTSTRAP = env("KAFKA_HOST", "127.0.0.1") + ":" + env("KAFKA_PORT", "9092");
    /** Appended to every test database's name ({@code GIFTICON_TEST_SUFFIX}, letters, digits, _): none by default. */
    public static final String TEST_DB_SUFFIX = env("GIFTICON_TEST_SUFFIX", "").replaceAll("[^A-Za-z0-9_]", "");

    private static boolean ensured;

    private LocalInfra() {}

    /** Starts whatever of PostgreSQL and Kafka is not answering yet; idempotent. */
    public static synchronized void ensureRunning() {
        if (ensured) {
            return;
        }
        Path script = repositoryRoot().resolve("deploy/local/infra.sh");
        long owner = mavenProcess().orElse(ProcessHandle.current()).pid();
        try {
            Process process = new ProcessBuilder(
                            "bash", script.toString(), "start", "--stop-when-gone", Long.toString(owner))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/infra.sh start failed:\n" + output);
            }
            System.out.println("[LocalInfra] " + output.strip().replace("\n", "\n[LocalInfra] "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!reachable(PG_HOST, PG_PORT)) {
            throw new IllegalStateException("PostgreSQL is not answering on " + PG_HOST + ":" + PG_PORT);
        }
        ensured = true;
    }

    /** Creates the database (owned by {@link #PG_USER}, who has CREATEDB) unless it exists. */
    public static void ensureDatabase(String database) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), PG_USER, PG_PASSWORD);
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
    }

    /** The directory holding {@code deploy/local}, searched upwards from the working directory. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("deploy/local/infra.sh"))) {
                return d;
            }
        }
        throw new IllegalStateException("deploy/local/infra.sh not found above " + dir);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    public static String reactiveUrl(String database) {
        return "postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The Maven JVM this test JVM was forked from, if any (surefire/failsafe fork → … → Maven launcher). */
    private static Optional<ProcessHandle> mavenProcess() {
        for (var p = ProcessHandle.current().parent();
                p.isPresent();
                p = p.get().parent()) {
            String cmd = p.get().info().commandLine().orElse("");
            if (cmd.contains("org.codehaus.plexus.classworlds.launcher.Launcher")
                    || cmd.contains("plexus-classworlds")) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
