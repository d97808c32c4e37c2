package io.gifticon.issuance;

import io.gifticon.testsupport.LocalInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provider sandbox (module provider-sandbox, packaged) as its own process on a free port, with Giftishow and
 * GiftLetter pointed at it. The packaged app is copied first, so that a rebuild of the sandbox meanwhile cannot
 * change it under the running tests. Needs {@code ./mvnw -pl provider-sandbox package -DskipTests} once.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    /** The sandbox's base URL, injected into test fields of this type. */
    public record Sandbox(String url) {}

    private Process process;
    private String url;
    private String readiness;

    @Override
    public Map<String, String> start() {
        Path app = LocalInfra.repositoryRoot().resolve("provider-sandbox/target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(
                    "no packaged sandbox at " + app + ": run ./mvnw -pl provider-sandbox package -DskipTests first");
        }
        try {
            Path copy = Path.of("target", "sandbox-app").toAbsolutePath();
            copyTree(app, copy);
            int port = freePort();
            url = "http://127.0.0.1:" + port;
            // health is on the sandbox's management interface (its own port), not on the simulated providers' port
            int managementPort = freePort();
            readiness = "http://127.0.0.1:" + managementPort + "/q/health/ready";
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-Dquarkus.http.port=" + port,
                            "-Dquarkus.http.host=127.0.0.1",
                            "-Dquarkus.management.port=" + managementPort,
                            "-Dquarkus.management.host=127.0.0.1",
                            // a dropped reply holds the connection this long (our send timeout in tests is 1.5 s)
                            "-Dsandbox.fault.drop-hold=3s",
                            "-jar",
                            copy.resolve("quarkus-run.jar").toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "sandbox.log").toFile());
            process = builder.start();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "providers.giftishow.base-url", url + "/giftishow/bizApi",
                "providers.giftletter.base-url", url + "/giftletter",
                "providers.giftletter.exchange-log-url", url + "/giftletter-admin/mn_compare/ExchangeDaily.aspx",
                // the documents' 15 s (Giftishow §8; ours for GiftLetter), shortened so that lost replies are quick
                "io.gifticon.providers.giftishow.GiftishowClient/send/Timeout/value", "1500",
                "io.gifticon.providers.giftletter.GiftLetterClient/sendEPin/Timeout/value", "1500");
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sandbox stopped during start-up; see target/sandbox.log");
            }
            try {
                var connection =
                        (HttpURLConnection) URI.create(readiness).toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(250); // a child process's start-up: nothing to await but its port
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the sandbox did not become ready in 90 s; see target/sandbox.log");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Sandbox(url), new TestInjector.MatchesType(Sandbox.class));
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
