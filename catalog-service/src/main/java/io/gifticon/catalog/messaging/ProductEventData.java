package io.gifticon.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of product.added / product.changed / product.discontinued: the product as it is after the change;
 * {@code changes} lists what changed (product.changed, and the status change of product.discontinued).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductEventData(
        String productId,
        String provider,
        String goodsCode,
        String name,
        String brandId,
        String brandName,
        String category,
        long consumerPrice,
        long costPrice,
        String status,
        Integer validDays,
        LocalDate validUntil,
        String imageUrl,
        List<FieldChange> changes,
        String syncId) {}
