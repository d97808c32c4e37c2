package io.gifticon.providers.giftishow;

import java.util.List;

/**
 * The brand list (0102): not paged by the provider.
 *
 * @param total  {@code listNum}
 * @param brands the brands
 */
public record GiftishowBrandList(long total, List<GiftishowBrand> brands) {

    public GiftishowBrandList {
        brands = List.copyOf(brands);
    }
}
