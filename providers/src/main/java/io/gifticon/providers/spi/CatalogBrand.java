package io.gifticon.providers.spi;

/** A brand as any provider lists it; {@code category} is the provider's category name, if any. */
public record CatalogBrand(String provider, String brandCode, String name, String imageUrl, String category) {

    public CatalogBrand(String provider, String brandCode, String name, String imageUrl) {
        this(provider, brandCode, name, imageUrl, null);
    }
}
