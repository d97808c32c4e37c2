package io.gifticon.issuance.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of catalog-service's product (its {@code ProductView}, and the {@code data} of its product events) that
 * issuing needs. {@code status}: ON_SALE, SUSPENDED or DISCONTINUED.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProduct(
        String productId,
        String provider,
        String name,
        String brandName,
        long consumerPrice,
        long costPrice,
        String status) {}
