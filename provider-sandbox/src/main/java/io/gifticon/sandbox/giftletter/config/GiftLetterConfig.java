package io.gifticon.sandbox.giftletter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Account and catalog settings of the simulated GiftLetter account. */
@ConfigMapping(prefix = "sandbox.giftletter")
public interface GiftLetterConfig {

    /** Partner id ({@code cid}) the simulator accepts. */
    @WithDefault("sandbox-cid")
    String cid();

    /** Partner auth key, first part of every {@code enc} MD5 concatenation. */
    @WithDefault("sandbox-giftletter-key")
    String authKey();

    /** Number of products in the generated catalog (the built-in products at least, extra vouchers beyond them). */
    @WithDefault("60")
    int catalogSize();

    /** Brand ids given to the built-in brands in their order (GS25, GS칼텍스, CU, …); fewer ids = fewer brands. */
    @WithDefault("50,51,52,53,54,55,56,57,58,59,60,61,62,63")
    List<Integer> brandIds();

    /** Seed of SPRICE discounts and PINs: same seed, same data. */
    @WithDefault("20140808")
    long seed();

    /** Base URL under which this sandbox is reachable, used in IMG_URL values. */
    @WithDefault("http://localhost:8090")
    String publicBaseUrl();
}
