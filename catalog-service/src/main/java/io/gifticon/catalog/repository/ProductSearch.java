package io.gifticon.catalog.repository;

/**
 * Validated product search criteria; nulls mean "any".
 *
 * @param sort one of price, -price, name, -name, popularity, -popularity
 */
public record ProductSearch(
        String q,
        String brand,
        String category,
        String provider,
        Long minPrice,
        Long maxPrice,
        String status,
        int page,
        int size,
        String sort) {}
