package io.gifticon.providers.spi;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A provider's catalogue, read by the catalogue batch (giftishow-biz-api.txt §1 asks for a night-time copy; there is
 * no search). Operations a provider lacks fail with {@code UNSUPPORTED}; check {@link ProviderCapabilities} first.
 */
public interface CatalogSource extends ProviderAdapter {

    /** Page {@code page} (from 1) of the whole catalogue. */
    Uni<CatalogPage> products(int page, int size);

    /** Every product of one brand. */
    Uni<List<CatalogProduct>> productsOfBrand(String brandCode);

    Uni<List<CatalogBrand>> brands();
}
