import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator: N workers each send one request after another for a fixed time, then the
 * figures are printed. Run with the JDK directly: {@code java LoadGen.java --url … [options]}.
 *
 * <p>Options: --url, --method (GET), --body (may contain {uuid} and {seq}), --header 'Name: value' (repeatable,
 * {uuid} allowed), --concurrency (16), --seconds (20), --warmup (5), --expect (2xx).
 */
public class LoadGen {
    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opts = parse(args);
        String url = one(opts, "url", null);
        String method = one(opts, "method", "GET");
        String body = one(opts, "body", null);
        int concurrency = Integer.parseInt(one(opts, "concurrency", "16"));
        int seconds = Integer.parseInt(one(opts, "seconds", "20"));
        int warmup = Integer.parseInt(one(opts, "warmup", "5"));
        List<String> headers = opts.getOrDefault("header", List.of());
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong seq = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String id = UUID.randomUUID().toString();
                    long n = seq.incrementAndGet();
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(fill(body, id, n)));
                    for (String h : headers) {
                        int colon = h.indexOf(':');
                        request.header(
                                h.substring(0, colon).trim(),
                                fill(h.substring(colon + 1).trim(), id, n));
                    }
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - start;
                    if (start >= warmupEnd) {
                        latencies.add(took);
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long ok = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                .mapToLong(e -> e.getValue().get())
                .sum();
        System.out.printf("url            %s %s%n", method, url);
        System.out.printf("concurrency    %d, measured %d s after %d s warm-up%n", concurrency, seconds, warmup);
        System.out.printf(
                "requests       %d (2xx: %d) -> %.1f req/s, %.1f 2xx/s%n",
                sorted.size(), ok, sorted.size() / (double) seconds, ok / (double) seconds);
        System.out.printf("statuses       %s%n", new TreeMap<>(statuses));
        System.out.printf(
                "latency ms     p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                pct(sorted, 50),
                pct(sorted, 90),
                pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static String fill(String template, String uuid, long seq) {
        return template.replace("{uuid}", uuid).replace("{seq}", Long.toString(seq));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opts.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
        }
        return opts;
    }

    private static String one(Map<String, List<String>> opts, String name, String fallback) {
        List<String> values = opts.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }
}
