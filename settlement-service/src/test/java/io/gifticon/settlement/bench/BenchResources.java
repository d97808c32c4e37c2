package io.gifticon.settlement.bench;

import com.sun.net.httpserver.HttpServer;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's world: its own database {@code settlement_bench} (created if missing, cleaned and migrated at
 * start), and a GiftLetter exchange log of N lines written to a file and served over local HTTP, streamed.
 * Line i (1..N) is the PIN of bench coupon i, except every 1000th line, a PIN no coupon has.
 */
public class BenchResources extends PostgresResource {
    static final String DATABASE = "settlement_bench";
    static final String DAY = "2026-11-20";
    private HttpServer server;

    static int lines() {
        return Integer.getInteger("bench.lines", 1_000_000);
    }

    /** PIN of bench coupon i: 12 digits. */
    static String pin(long i) {
        return "91" + String.format("%010d", i);
    }

    static String unknownPin(long i) {
        return "92" + String.format("%010d", i);
    }

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", DATABASE));
    }

    @Override
    public Map<String, String> start() {
        LocalInfra.ensureRunning();
        try (Connection c = DriverManager.getConnection(
                LocalInfra.jdbcUrl("postgres"), LocalInfra.PG_USER, LocalInfra.PG_PASSWORD)) {
            boolean exists;
            try (var rs =
                    c.createStatement().executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                c.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
        Path log = writeLog(lines());
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/giftletter-admin/ExchangeDaily.aspx", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
                exchange.sendResponseHeaders(200, Files.size(log));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(log, out);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(super.start());
        config.put(
                "providers.giftletter.exchange-log-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/giftletter-admin/ExchangeDaily.aspx");
        config.put("providers.giftletter.read-timeout", "10m");
        config.put("quarkus.flyway.clean-at-start", "true");
        return config;
    }

    private static Path writeLog(int n) {
        Path file =
                Path.of("target/bench/ExchangeDaily-" + DAY + "-" + n + ".txt").toAbsolutePath();
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (long i = 1; i <= n; i++) {
                    long second = i % 86_400;
                    String at = String.format("20261120%02d%02d%02d", second / 3600, second / 60 % 60, second % 60);
                    w.write(i % 1000 == 0 ? unknownPin(i) : pin(i));
                    w.write('|');
                    w.write(at);
                    w.write("|강남점\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
