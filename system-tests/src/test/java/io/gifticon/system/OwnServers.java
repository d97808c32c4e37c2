package io.gifticon.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL and a Kafka of a test's own, started, stopped and restarted by the project's scripts
 * ({@code deploy/local/postgres.sh}, {@code kafka.sh}) on free ports, with their data and pid files under
 * {@code base} ({@code DATA_DIR}, {@code RUN_DIR}): the shared servers of the run (5432, 9092) are never touched.
 * Before each stop it checks that the pid file under its own {@code RUN_DIR}/{@code DATA_DIR} names a live process
 * whose command line is this instance's (its data directory, its config), and after it that the shared servers still
 * answer. A watchdog ({@code infra.sh start --stop-when-gone}) stops both servers should this JVM die first.
 */
final class OwnServers implements AutoCloseable {
    /** The e2e databases of the platform (postgres.sh creates them). */
    private static final String DATABASES = "catalog_e2e issuance_e2e settlement_e2e gateway_e2e";

    static final String HOST = "127.0.0.1";
    final int pgPort;
    final int kafkaPort;
    final int kafkaControllerPort;
    private final Path root;
    private final Path dataDir;
    private final Path runDir;
    private final Path scriptLog;
    private final boolean sharedPgWasUp;
    private final boolean sharedKafkaWasUp;

    private OwnServers(Path root, Path base) {
        this.root = root;
        this.dataDir = base.resolve("data");
        this.runDir = base.resolve("run");
        this.scriptLog = base.resolve("scripts.log");
        this.pgPort = freePort();
        this.kafkaPort = freePort();
        this.kafkaControllerPort = freePort();
        this.sharedPgWasUp = listening(5432);
        this.sharedKafkaWasUp = listening(9092);
    }

    /**
     * Starts both servers, empty: whatever a crashed earlier run left under {@code base} is stopped by its pid files
     * and deleted first.
     */
    static OwnServers start(Path root, Path base) {
        stopLeftovers(root, base);
        deleteTree(base);
        OwnServers servers = new OwnServers(root, base);
        try {
            Files.createDirectories(base);
            servers.run(
                    "infra.sh",
                    "start",
                    "--stop-when-gone",
                    Long.toString(ProcessHandle.current().pid()));
            return servers;
        } catch (IOException | RuntimeException e) {
            servers.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    String kafkaBootstrap() {
        return HOST + ":" + kafkaPort;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + pgPort + "/" + database;
    }

    void stopKafka() {
        requireOwn(runDir.resolve("kafka.pid"), runDir.resolve("kafka/config/server.properties"));
        run("kafka.sh", "stop");
        checkSharedServersUp();
    }

    void startKafka() {
        run("kafka.sh", "start");
    }

    void stopPostgres() {
        requireOwn(dataDir.resolve("postgres/postmaster.pid"), dataDir.resolve("postgres"));
        run("postgres.sh", "stop");
        checkSharedServersUp();
    }

    void startPostgres() {
        run("postgres.sh", "start");
    }

    /** Stops both (Kafka first, then PostgreSQL); each stop runs whatever happened to the other. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (String script : List.of("kafka.sh", "postgres.sh")) {
            try {
                run(script, "stop");
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        checkSharedServersUp();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** The pid file exists and names a live process whose command line contains {@code own} (ours, not recycled). */
    private static void requireOwn(Path pidFile, Path own) {
        try {
            String pid = Files.readAllLines(pidFile).get(0).strip();
            String cmdline = Files.readString(Path.of("/proc", pid, "cmdline")).replace('\0', ' ');
            if (!cmdline.contains(own.toString())) {
                throw new IllegalStateException(pidFile + " names pid " + pid + " (" + cmdline + "), not a server of "
                        + own + ": refusing to stop it");
            }
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("no live server behind " + pidFile + ": " + e, e);
        }
    }

    private void checkSharedServersUp() {
        if (sharedPgWasUp && !listening(5432) || sharedKafkaWasUp && !listening(9092)) {
            throw new IllegalStateException(
                    "a shared server (5432/9092) stopped answering while " + runDir + " stopped");
        }
    }

    private void run(String script, String... args) {
        run(root, environment(), scriptLog, script, args);
    }

    private Map<String, String> environment() {
        return Map.of(
                "PG_HOST", HOST,
                "PG_PORT", Integer.toString(pgPort),
                "PG_DATABASES", DATABASES,
                "KAFKA_HOST", HOST,
                "KAFKA_PORT", Integer.toString(kafkaPort),
                "KAFKA_CONTROLLER_PORT", Integer.toString(kafkaControllerPort),
                "DATA_DIR", dataDir.toString(),
                "RUN_DIR", runDir.toString(),
                // C1 only: the broker starts (and starts again) much faster on a shared 2-core machine
                "JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
    }

    /** A crashed run's servers under {@code base}: stopped by their own pid files (the scripts' stop only reads those). */
    private static void stopLeftovers(Path root, Path base) {
        if (!Files.isDirectory(base)) {
            return;
        }
        Map<String, String> env = Map.of(
                "DATA_DIR",
                base.resolve("data").toString(),
                "RUN_DIR",
                base.resolve("run").toString(),
                // ports no shared server uses: stop decides by pid file, the port only shapes its messages
                "PG_PORT",
                "1",
                "KAFKA_PORT",
                "1");
        run(root, env, Path.of("/dev/null"), "kafka.sh", "stop");
        run(root, env, Path.of("/dev/null"), "postgres.sh", "stop");
    }

    private static void run(Path root, Map<String, String> env, Path log, String script, String... args) {
        List<String> command = new ArrayList<>(
                List.of("bash", root.resolve("deploy/local/" + script).toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = process.waitFor(5, TimeUnit.MINUTES);
            if (!log.toString().equals("/dev/null")) {
                Files.writeString(
                        log,
                        "$ " + String.join(" ", command) + "\n" + output,
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            if (!done || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
