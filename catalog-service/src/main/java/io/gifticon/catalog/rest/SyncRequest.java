package io.gifticon.catalog.rest;

/** Body of POST /catalog/syncs: one provider, or none (absent or blank) for all. */
public record SyncRequest(
        @KnownProvider(blankMeansAll = true) String provider) {

    /** The provider to sync, trimmed; null for all. */
    public String providerOrAll() {
        return provider == null || provider.isBlank() ? null : provider.trim();
    }
}
