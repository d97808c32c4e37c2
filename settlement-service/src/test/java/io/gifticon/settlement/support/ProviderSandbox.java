package io.gifticon.settlement.support;

import io.gifticon.testsupport.LocalInfra;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged provider sandbox ({@code provider-sandbox/target/quarkus-app}, built earlier in the reactor) run as
 * its own process on a free port for this test JVM; its output goes to {@code target/provider-sandbox.log}.
 */
public final class ProviderSandbox {
    private final Process process;
    private final int port;
    private final int managementPort;

    private ProviderSandbox(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    public static ProviderSandbox start() {
        Path root = LocalInfra.repositoryRoot();
        Path jar = root.resolve("provider-sandbox/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: settlement's tests run against the provider sandbox; "
                    + "build it first (./mvnw -B install -pl provider-sandbox -DskipTests, or a full ./mvnw verify)");
        }
        int port = freePort();
        // health is on the sandbox's management interface (its own port), not on the simulated providers' port
        int managementPort = freePort();
        try {
            Path log = Path.of("target/provider-sandbox.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx192m",
                            "-XX:TieredStopAtLevel=1",
                            "-Dquarkus.http.port=" + port,
                            "-Dquarkus.http.host=127.0.0.1",
                            "-Dquarkus.management.port=" + managementPort,
                            "-Dquarkus.management.host=127.0.0.1",
                            "-jar",
                            jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ProviderSandbox sandbox = new ProviderSandbox(process, port, managementPort);
            sandbox.awaitReady(log);
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the provider sandbox exited, see " + log);
            }
            if (status("http://127.0.0.1:" + managementPort + "/q/health/ready") == 200) {
                return;
            }
            try {
                Thread.sleep(200); // polling a child process start-up, not a test assertion
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("the provider sandbox did not get ready in 120 s, see " + log);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
