package io.gifticon.gateway.auth;

import java.util.Set;

/** An authenticated API client and what it may do. */
public record ApiClient(String id, Set<String> scopes) {
    public static final String ADMIN = "admin";

    public boolean may(String scope) {
        return scopes.contains(scope) || scopes.contains(ADMIN);
    }
}
