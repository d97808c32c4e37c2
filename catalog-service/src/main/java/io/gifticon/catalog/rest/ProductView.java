package io.gifticon.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.catalog.ProductEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A product as the API shows it, with the unified price model: consumer price, our cost, discount rate (% of the
 * consumer price). {@code popularity}: coupons issued for the product so far. The provider's raw record stays internal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductView(
        String productId,
        String provider,
        String goodsCode,
        String name,
        String brandId,
        String brandName,
        String category,
        long consumerPrice,
        long costPrice,
        BigDecimal discountRate,
        String status,
        Integer validDays,
        LocalDate validUntil,
        String imageUrl,
        long popularity) {

    public static ProductView of(ProductEntity p) {
        return new ProductView(
                p.id,
                p.provider,
                p.goodsCode,
                p.name,
                p.brandId,
                p.brandName,
                p.category,
                p.consumerPrice,
                p.costPrice,
                discountRate(p.consumerPrice, p.costPrice),
                p.status,
                p.validDays,
                p.validUntil,
                p.imageUrl,
                p.popularity);
    }

    static BigDecimal discountRate(long consumer, long cost) {
        if (consumer <= 0) {
            return null;
        }
        return BigDecimal.valueOf((consumer - cost) * 100)
                .divide(BigDecimal.valueOf(consumer), 2, RoundingMode.HALF_UP);
    }
}
