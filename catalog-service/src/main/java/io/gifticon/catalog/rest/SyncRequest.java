package io.gifticon.catalog.rest;

/** Body of POST /catalog/syncs: one provider, or none for all. */
public record SyncRequest(String provider) {}
