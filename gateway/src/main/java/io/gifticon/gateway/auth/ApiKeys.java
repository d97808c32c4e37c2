package io.gifticon.gateway.auth;

import io.gifticon.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the client of an API key by the key's SHA-256: first among the clients in configuration, then in the
 * table {@code api_client} (revoked rows do not count). Keys themselves are never stored.
 */
@ApplicationScoped
public class ApiKeys {
    private final Map<String, ApiClient> configured = new HashMap<>();
    private final Pool database;

    public ApiKeys(GatewayConfig config, Pool database) {
        this.database = database;
        config.clients().forEach((name, client) -> configured.put(client.keySha256().toLowerCase(),
                new ApiClient(name, new LinkedHashSet<>(client.scopes()))));
    }

    public Uni<Optional<ApiClient>> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 256) {
            return Uni.createFrom().item(Optional.empty());
        }
        String hash = sha256(apiKey);
        ApiClient known = configured.get(hash);
        if (known != null) {
            return Uni.createFrom().item(Optional.of(known));
        }
        return database.preparedQuery("select id, scopes from api_client where key_sha256 = $1 and revoked_at is null")
                .execute(Tuple.of(hash))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(client(rows.iterator().next())));
    }

    private static ApiClient client(Row row) {
        return new ApiClient(row.getString("id"),
                new LinkedHashSet<>(Arrays.asList(row.getString("scopes").trim().split("[\\s,]+"))));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
