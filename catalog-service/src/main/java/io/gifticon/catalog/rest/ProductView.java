package io.gifticon.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.catalog.ProductEntity;
import java.time.LocalDate;

/** A product as the API shows it; the provider's raw record stays internal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductView(String productId, String provider, String goodsCode, String name, String brandId,
        String brandName, String category, long consumerPrice, long costPrice, String status, Integer validDays,
        LocalDate validUntil, String imageUrl) {

    public static ProductView of(ProductEntity p) {
        return new ProductView(p.id, p.provider, p.goodsCode, p.name, p.brandId, p.brandName, p.category,
                p.consumerPrice, p.costPrice, p.status, p.validDays, p.validUntil, p.imageUrl);
    }
}
