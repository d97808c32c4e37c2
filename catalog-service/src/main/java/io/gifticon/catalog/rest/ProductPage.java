package io.gifticon.catalog.rest;

/**
 * One page of products with the total of matches.
 *
 * @param total         the number of matches when {@code totalRelation} is {@code eq}; a lower bound when it is
 *                      {@code gte} (more matches than {@code catalog.search.exact-total-limit}, not counted further)
 * @param totalRelation {@code eq} or {@code gte}
 */
public record ProductPage(java.util.List<ProductView> items, int page, int size, long total, String totalRelation) {}
