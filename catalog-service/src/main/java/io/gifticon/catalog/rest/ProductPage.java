package io.gifticon.catalog.rest;

import java.util.List;

/** One page of products with the total count. */
public record ProductPage(List<ProductView> items, int page, int size, long total) {
}
