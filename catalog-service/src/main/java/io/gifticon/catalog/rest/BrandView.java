package io.gifticon.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.catalog.BrandEntity;

/** A brand as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrandView(
        String brandId, String provider, String brandCode, String name, String category, String imageUrl) {

    public static BrandView of(BrandEntity b) {
        return new BrandView(b.id, b.provider, b.brandCode, b.name, b.category, b.imageUrl);
    }
}
