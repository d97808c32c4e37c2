package io.gifticon.providers.spi;

import java.util.List;

/** One page (1-based) of a provider's catalogue. */
public record CatalogPage(int page, int size, long total, List<CatalogProduct> items) {

    public CatalogPage {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return (long) page * size < total;
    }
}
