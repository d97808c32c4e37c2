package io.gifticon.providers.giftishow;

import java.util.List;

/**
 * One page of the goods list (0101).
 *
 * @param start   the page asked for (1-based)
 * @param size    the page size asked for
 * @param total   {@code listNum}: how many products the whole list has
 * @param items   the products of this page
 */
public record GiftishowGoodsPage(int start, int size, long total, List<GiftishowGoods> items) {

    public GiftishowGoodsPage {
        items = List.copyOf(items);
    }

    /** True when pages after this one exist. */
    public boolean hasMore() {
        return (long) start * size < total;
    }
}
