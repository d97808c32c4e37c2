package io.gifticon.providers.spi;

/** A brand as any provider lists it. */
public record CatalogBrand(String provider, String brandCode, String name, String imageUrl) {
}
