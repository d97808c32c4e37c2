package io.gifticon.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged app ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own process on a free port,
 * as operators run it; its output goes to {@code target/system-test-logs/<module>.log}. Its management interface
 * (health, metrics) gets a free port of its own; readiness is asked there.
 */
final class AppProcess implements AutoCloseable {
    final String module;
    final int port;
    /** Port of the management interface ({@code /q/health}, {@code /q/metrics}), never the public one. */
    final int managementPort;

    private final boolean managementInterface;
    private final Process process;
    private final Path log;

    private AppProcess(
            String module, int port, int managementPort, boolean managementInterface, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.managementInterface = managementInterface;
        this.process = process;
        this.log = log;
    }

    static AppProcess start(Path root, String module, Map<String, String> env) {
        return start(root, module, env, root.resolve("system-tests/target/system-test-logs"));
    }

    /** As {@link #start(Path, String, Map)}, its output in {@code logDir/<module>.log}. */
    static AppProcess start(Path root, String module, Map<String, String> env, Path logDir) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the apps first (./mvnw package)");
        }
        int port = freePort();
        int managementPort = freePort();
        try {
            Path logs = Files.createDirectories(logDir);
            Path log = logs.resolve(module + ".log");
            List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.resolve(module).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.putAll(env);
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
            environment.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            AppProcess app = new AppProcess(
                    module, port, managementPort, hasManagementInterface(root, module), builder.start(), log);
            app.awaitReady(Duration.ofSeconds(120));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the app has written to its log so far. */
    String output() {
        try {
            return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Base URL of the management interface: {@code managementUrl() + "/q/health/ready"}, {@code "/q/metrics"}. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /**
     * Whether the app is built with its management interface ({@code quarkus.management.enabled}, a build-time key
     * of its application.properties): then its health lives there and no longer on the public port.
     */
    private static boolean hasManagementInterface(Path root, String module) {
        try {
            return Files.readAllLines(root.resolve(module).resolve("src/main/resources/application.properties"))
                    .stream()
                    .map(String::strip)
                    .anyMatch("quarkus.management.enabled=true"::equals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (status((managementInterface ? managementUrl() : url()) + "/q/health/ready") == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(module + " not ready after " + timeout + ":\n" + tail());
    }

    private static int status(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Map<String, String> env(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
