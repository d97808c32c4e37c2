package io.gifticon.gateway.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;

/** The table {@code api_client}: API clients by the SHA-256 of their key (keys themselves are never stored). */
@ApplicationScoped
public class ApiClientRepository {
    private final Pool database;

    public ApiClientRepository(Pool database) {
        this.database = database;
    }

    /** The client whose key has this SHA-256 (lower-case hex), unless it was revoked. */
    public Uni<Optional<ApiClient>> findActive(String keySha256) {
        return database.preparedQuery("select id, scopes from api_client where key_sha256 = $1 and revoked_at is null")
                .execute(Tuple.of(keySha256))
                .map(rows -> rows.rowCount() == 0
                        ? Optional.<ApiClient>empty()
                        : Optional.of(client(rows.iterator().next())));
    }

    private static ApiClient client(Row row) {
        return new ApiClient(
                row.getString("id"),
                new LinkedHashSet<>(Arrays.asList(row.getString("scopes").trim().split("[\\s,]+"))));
    }
}
