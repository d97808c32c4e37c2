package io.gifticon.providers.spi;

/**
 * A product as any provider lists it.
 *
 * @param consumerPrice the price shown to consumers (won), if known
 * @param purchasePrice what the platform pays (won), if known
 * @param available     false when the provider suspended it
 */
public record CatalogProduct(String provider, String productCode, String name, String brandCode, String brandName,
        Long consumerPrice, Long purchasePrice, String imageUrl, boolean available) {
}
