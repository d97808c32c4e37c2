package io.gifticon.providers.spi;

import java.util.Set;

/** A provider as the services see it: its id and what it supports; implements the SPI interfaces it supports. */
public interface ProviderAdapter {

    /** Provider id, e.g. {@code giftishow}. */
    String provider();

    Set<Capability> capabilities();
}
