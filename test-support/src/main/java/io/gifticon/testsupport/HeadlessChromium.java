package io.gifticon.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} driven through Debian's {@code chromedriver}
 * (both installed by {@code .ci/run}), never a downloaded browser or driver. Flags as this machine needs them: no
 * sandbox as root, no background networking (the closed network refuses it), a fresh profile per browser.
 * Modules using it depend on {@code selenium-chrome-driver} and {@code selenium-support} themselves.
 */
public final class HeadlessChromium {
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    /** A new browser; quit it when done (try-with-resources through {@link Session}). */
    public static Session start() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)");
            }
        }
        // Selenium Manager would try to download a driver: point Selenium at Debian's instead.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.WARNING);
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Session(driver, profile);
    }

    /** The driver plus its throw-away profile. */
    public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
        /** What the page printed to its console, for assertion messages. */
        public String consoleLog() {
            StringBuilder out = new StringBuilder();
            driver.manage()
                    .logs()
                    .get(LogType.BROWSER)
                    .forEach(e -> out.append(e.getLevel())
                            .append(' ')
                            .append(e.getMessage())
                            .append('\n'));
            return out.toString();
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temp directory; the OS cleans up what is left
                }
            }
        }
    }
}
