package io.gifticon.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code product.added} / {@code product.changed} / {@code product.discontinued}: the product as it is
 * after the change; {@code changes} lists what changed (product.changed, and the status change of
 * product.discontinued).
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
        String syncId) {

    /** One changed field: {@code field} is e.g. consumerPrice, costPrice, status, validDays, validUntil. */
    public record FieldChange(String field, Object oldValue, Object newValue) {}
}
