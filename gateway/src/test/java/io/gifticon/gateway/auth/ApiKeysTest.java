package io.gifticon.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.gateway.Fakes;
import io.gifticon.gateway.config.AuthConfig;
import io.gifticon.gateway.config.GatewayConfig;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the key look-up rules out: a flood of unknown keys reaching the database (it must be answered from the
 * negative cache or the address's budget before any query), known clients failing while the database is away or
 * busy with a flood, and every concurrent request for one key costing a query.
 */
class ApiKeysTest {
    private final AtomicInteger queries = new AtomicInteger();
    /** What the next queries do: answer a client row, answer no row, fail, or never answer. */
    private final AtomicReference<String> database = new AtomicReference<>("none");

    private final List<Promise<RowSet<Row>>> hanging = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();

    private final ApiKeys keys = new ApiKeys(
            Fakes.config(GatewayConfig.class, Map.of()),
            Fakes.config(
                    AuthConfig.class,
                    Map.of(
                            "cacheTtl",
                            Duration.ofMillis(200),
                            "maxStale",
                            Duration.ofMinutes(5),
                            "negativeTtl",
                            Duration.ofMinutes(1),
                            "lookupsPerAddressRate",
                            0.001,
                            "lookupsPerAddressBurst",
                            3,
                            "maxConcurrentLookups",
                            2,
                            "maxCacheEntries",
                            1000)),
            new ApiClientRepository(io.vertx.mutiny.sqlclient.Pool.newInstance(pool())),
            now::get);

    private io.vertx.sqlclient.Pool pool() {
        return Fakes.of(io.vertx.sqlclient.Pool.class, (method, args) -> {
            if (!method.equals("preparedQuery")) {
                throw new UnsupportedOperationException(method);
            }
            return Fakes.of(PreparedQuery.class, (m, a) -> {
                queries.incrementAndGet();
                Promise<RowSet<Row>> result = Promise.promise();
                switch (database.get()) {
                    case "client" -> result.complete(rows(1));
                    case "down" -> result.fail(new IllegalStateException("connection refused"));
                    case "hang" -> hanging.add(result);
                    default -> result.complete(rows(0));
                }
                if (a.length > 0 && a[a.length - 1] instanceof Handler<?> handler) {
                    result.future().onComplete(ar -> ((Handler<AsyncResult<RowSet<Row>>>) handler).handle(ar));
                    return null;
                }
                return result.future();
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static RowSet<Row> rows(int count) {
        Row row = Fakes.of(Row.class, (m, a) -> switch (String.valueOf(a.length > 0 ? a[0] : "")) {
            case "id" -> "partner";
            case "scopes" -> "coupons:read coupons:write";
            default -> throw new UnsupportedOperationException(m);
        });
        return Fakes.of(RowSet.class, (m, a) -> switch (m) {
            case "rowCount", "size" -> count;
            case "iterator" -> {
                java.util.Iterator<Row> rows = (count == 0 ? List.<Row>of() : List.of(row)).iterator();
                yield Fakes.of(io.vertx.sqlclient.RowIterator.class, (im, ia) -> switch (im) {
                    case "hasNext" -> rows.hasNext();
                    case "next" -> rows.next();
                    default -> throw new UnsupportedOperationException(im);
                });
            }
            default -> throw new UnsupportedOperationException(m);
        });
    }

    private Authentication authenticate(String key, String address) {
        return keys.authenticate(key, address).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void shouldAnswerARepeatedUnknownKeyFromTheNegativeCache() {
        assertThat(authenticate("random-1", "198.51.100.1")).isInstanceOf(Authentication.Unknown.class);
        for (int i = 0; i < 100; i++) {
            assertThat(authenticate("random-1", "198.51.100.1")).isInstanceOf(Authentication.Unknown.class);
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void shouldThrottleAnAddressTryingManyKeysBeforeAnyQuery() {
        for (int i = 0; i < 3; i++) {
            assertThat(authenticate("random-" + i, "198.51.100.2")).isInstanceOf(Authentication.Unknown.class);
        }
        for (int i = 3; i < 1000; i++) {
            assertThat(authenticate("random-" + i, "198.51.100.2")).isInstanceOf(Authentication.Throttled.class);
        }
        assertThat(queries).hasValue(3);
        // another address still has its own budget
        assertThat(authenticate("random-x", "198.51.100.3")).isInstanceOf(Authentication.Unknown.class);
    }

    @Test
    void shouldNeverQueryForMalformedKeys() {
        for (String key : new String[] {null, "", " ", "k\u0000ey", "k\u00e9y", "x".repeat(257), "two words"}) {
            assertThat(authenticate(key, "198.51.100.4")).isInstanceOf(Authentication.Unknown.class);
        }
        assertThat(queries).hasValue(0);
    }

    @Test
    void shouldCapConcurrentLookupsSoTheFloodCannotTakeThePool() {
        database.set("hang");
        keys.authenticate("random-a", "198.51.100.10").subscribe().with(x -> {});
        keys.authenticate("random-b", "198.51.100.11").subscribe().with(x -> {});

        assertThat(authenticate("random-c", "198.51.100.12")).isInstanceOf(Authentication.Unavailable.class);
        assertThat(queries).hasValue(2);
        hanging.forEach(p -> p.complete(rows(0)));
    }

    @Test
    void shouldShareOneLookupBetweenConcurrentRequestsForTheSameKey() {
        database.set("hang");
        List<Authentication> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.authenticate("partner-key", "198.51.100.20").subscribe().with(answers::add);
        }
        hanging.forEach(p -> p.complete(rows(1)));

        assertThat(answers).hasSize(5).allMatch(a -> a instanceof Authentication.Known);
        assertThat(queries).hasValue(1);
    }

    @Test
    void shouldKeepAKnownClientWorkingWhileTheDatabaseIsDown() {
        database.set("client");
        assertThat(authenticate("partner-key", "198.51.100.30")).isInstanceOf(Authentication.Known.class);
        now.addAndGet(Duration.ofMillis(250).toNanos()); // past the TTL: the next request asks again
        database.set("down");

        assertThat(authenticate("partner-key", "198.51.100.30")).isInstanceOf(Authentication.Known.class);
        assertThat(authenticate("never-seen", "198.51.100.30")).isInstanceOf(Authentication.Unavailable.class);
    }

    @Test
    void shouldForgetARevokedKeyOnceItsEntryExpires() {
        database.set("client");
        assertThat(authenticate("partner-key", "198.51.100.40")).isInstanceOf(Authentication.Known.class);
        database.set("none"); // revoked
        assertThat(authenticate("partner-key", "198.51.100.40")).isInstanceOf(Authentication.Known.class);
        now.addAndGet(Duration.ofMillis(250).toNanos());

        assertThat(authenticate("partner-key", "198.51.100.40")).isInstanceOf(Authentication.Unknown.class);
    }

    @Test
    void shouldAnswerUnavailableWhenTheDatabaseIsDown() {
        database.set("down");
        assertThat(authenticate("some-key", "198.51.100.50")).isInstanceOf(Authentication.Unavailable.class);
    }
}
