package io.gifticon.gateway.auth;

import io.gifticon.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/** Finds the client of an API key by the key's SHA-256; keys themselves are never stored. */
@ApplicationScoped
public class ApiKeys {
    private final Map<String, ApiClient> byHash = new HashMap<>();

    public ApiKeys(GatewayConfig config) {
        config.clients().forEach((name, client) -> byHash.put(client.keySha256().toLowerCase(),
                new ApiClient(name, new LinkedHashSet<>(client.scopes()))));
    }

    public Optional<ApiClient> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256(apiKey)));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
