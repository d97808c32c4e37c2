package io.gifticon.catalog.rest;

import java.util.UUID;

/** Answer of POST /catalog/syncs. */
public record SyncStarted(UUID syncId) {}
