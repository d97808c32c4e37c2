package io.gifticon.catalog.mapping;

import java.time.LocalDate;

/** A provider product normalised to the catalog's model, as read in one sync; {@code raw} is the provider's record. */
public record ProductRecord(String provider, String goodsCode, String name, String brandCode, String brandName,
        String category, long consumerPrice, long costPrice, String status, Integer validDays, LocalDate validUntil,
        String imageUrl, String searchKeywords, Integer listingRank, String raw) {

    public static final String ON_SALE = "ON_SALE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String DISCONTINUED = "DISCONTINUED";

    public String id() {
        return provider + ":" + goodsCode;
    }

    public String brandId() {
        return brandCode == null || brandCode.isBlank() ? null : provider + ":" + brandCode;
    }
}
