package io.gifticon.providers.spi;

import java.time.LocalDate;

/**
 * A product as any provider lists it, normalised by its adapter: one price model, one state model, one validity
 * model. What a provider does not say is null.
 *
 * @param consumerPrice  the price shown to consumers (won), if known
 * @param purchasePrice  what the platform pays (won), if known
 * @param available      false when the provider suspended it
 * @param category       the provider's category name, if any
 * @param validDays      a coupon is valid this many days after issue, if the provider says so
 * @param validUntil     or until this day
 * @param searchKeywords the provider's search keywords, if any
 * @param listingRank    the position in the provider's own listing (from 1), if it has an order
 * @param raw            the provider's record(s) about the product as JSON, kept for audits
 */
public record CatalogProduct(
        String provider,
        String productCode,
        String name,
        String brandCode,
        String brandName,
        Long consumerPrice,
        Long purchasePrice,
        String imageUrl,
        boolean available,
        String category,
        Integer validDays,
        LocalDate validUntil,
        String searchKeywords,
        Integer listingRank,
        String raw) {

    /** A product with names, prices and state only. */
    public CatalogProduct(
            String provider,
            String productCode,
            String name,
            String brandCode,
            String brandName,
            Long consumerPrice,
            Long purchasePrice,
            String imageUrl,
            boolean available) {
        this(
                provider,
                productCode,
                name,
                brandCode,
                brandName,
                consumerPrice,
                purchasePrice,
                imageUrl,
                available,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
