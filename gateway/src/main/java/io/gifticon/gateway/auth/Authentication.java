package io.gifticon.gateway.auth;

/** The outcome of looking up an API key. */
public sealed interface Authentication {

    /** A known, unrevoked client. */
    record Known(ApiClient client) implements Authentication {}

    /** No key, or a key that no client has (or had, if revoked). */
    record Unknown() implements Authentication {}

    /** An uncached key from an address that has used its look-up budget: answered before any database work. */
    record Throttled(long retryAfterSeconds) implements Authentication {}

    /** The key could not be checked now (database down, or every look-up slot busy). */
    record Unavailable(long retryAfterSeconds) implements Authentication {}
}
